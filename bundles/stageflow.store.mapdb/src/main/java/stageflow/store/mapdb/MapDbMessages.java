package stageflow.store.mapdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.TemplateRecord;

/**
 * Templates and message outboxes in the store's maps: a campaign's messages keyed by (campaign, number) so its
 * outbox reads in order, an index of the queued ones so a sender finds them without a scan, and the set of
 * automatic messages ever queued, which is what makes M-3's "at most once" hold across re-entries.
 */
final class MapDbMessages {
    private final StoreMaps maps;
    private final Counters counters;

    MapDbMessages(StoreMaps maps, Counters counters) {
        this.maps = maps;
        this.counters = counters;
    }

    List<TemplateRecord> templates(String campaign) {
        String prefix = Keys.prefix(campaign);
        return maps.templates().subMap(prefix, true, Keys.end(prefix), false).values().stream()
                .map(MessageCodec::template).toList();
    }

    /** One influencer's messages are found by reading the campaign's outbox: there is no index by influencer. */
    List<MessageRecord> messages(String campaign, String influencer) {
        String prefix = Keys.prefix(campaign);
        return maps.messages().subMap(prefix, true, Keys.end(prefix), false).values().stream()
                .map(MessageCodec::message).filter(m -> influencer == null || influencer.equals(m.influencer()))
                .toList();
    }

    Optional<MessageRecord> message(String campaign, long number) {
        byte[] bytes = maps.messages().get(key(campaign, number));
        return bytes == null ? Optional.empty() : Optional.of(MessageCodec.message(bytes));
    }

    List<MessageRecord> queued(String campaign, int max) {
        String prefix = Keys.prefix(campaign);
        List<MessageRecord> result = new ArrayList<>();
        for (String key : maps.queued().subSet(prefix, true, Keys.end(prefix), false)) {
            if (result.size() == max) {
                break;
            }
            result.add(MessageCodec.message(maps.messages().get(key)));
        }
        return result;
    }

    boolean triggered(String campaign, String influencer, String template) {
        return maps.triggers().contains(Keys.of(campaign, influencer, template));
    }

    void putTemplate(TemplateRecord template) {
        maps.templates().put(Keys.of(template.campaign(), template.id()), MessageCodec.template(template));
    }

    MessageRecord putMessage(MessageRecord message) {
        MessageRecord stored = message.number() != 0 ? message
                : message.numbered(counters.next(Keys.messageSeq(message.campaign())));
        String key = key(stored.campaign(), stored.number());
        maps.messages().put(key, MessageCodec.message(stored));
        if (stored.status().equals(MessageRecord.QUEUED)) {
            maps.queued().add(key);
        } else {
            maps.queued().remove(key);
        }
        if (!stored.trigger().equals(MessageRecord.MANUAL)) {
            maps.triggers().add(Keys.of(stored.campaign(), stored.influencer(), stored.template()));
        }
        return stored;
    }

    void deleteCampaign(String campaign) {
        String prefix = Keys.prefix(campaign);
        maps.templates().subMap(prefix, true, Keys.end(prefix), false).clear();
        maps.messages().subMap(prefix, true, Keys.end(prefix), false).clear();
        maps.queued().subSet(prefix, true, Keys.end(prefix), false).clear();
        maps.triggers().subSet(prefix, true, Keys.end(prefix), false).clear();
        // the numbering goes on: a sender reporting on a message of the deleted campaign must never hit one of a new
        // campaign under the same id
    }

    private static String key(String campaign, long number) {
        return Keys.of(campaign, Keys.seq(number));
    }
}
