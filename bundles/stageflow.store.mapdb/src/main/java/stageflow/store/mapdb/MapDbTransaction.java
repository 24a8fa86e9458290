package stageflow.store.mapdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;

import stageflow.store.spi.AccessRecord;
import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.WebhookRecord;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.DraftRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;
import stageflow.store.spi.TemplateRecord;

/**
 * One transaction's view of the maps; counters through {@link Counters}, the webhook outbox through
 * {@link MapDbOutbox}, templates and messages through {@link MapDbMessages}, incentives through
 * {@link MapDbIncentives}.
 */
final class MapDbTransaction implements StoreTransaction {
    private final MapDbStore store;
    private final boolean writable;
    private final Counters counters;
    private final MapDbOutbox outbox;
    private final MapDbMessages messages;
    private final MapDbIncentives incentives;

    MapDbTransaction(MapDbStore store, boolean writable) {
        this.store = store;
        this.writable = writable;
        this.counters = new Counters(store.maps.counters());
        this.outbox = new MapDbOutbox(store.maps);
        this.messages = new MapDbMessages(store.maps, counters);
        this.incentives = new MapDbIncentives(store.maps, counters);
    }

    @Override
    public Optional<CampaignRecord> campaign(String id) {
        byte[] bytes = store.maps.campaigns().get(id);
        return bytes == null ? Optional.empty() : Optional.of(RecordCodec.campaign(bytes));
    }

    @Override
    public List<CampaignRecord> campaigns() {
        List<CampaignRecord> result = new ArrayList<>();
        store.maps.campaigns().values().forEach(bytes -> result.add(RecordCodec.campaign(bytes)));
        return result;
    }

    @Override
    public List<AccessRecord> accessRecords() {
        List<AccessRecord> result = new ArrayList<>();
        store.maps.access().values().forEach(bytes -> result.add(RecordCodec.access(bytes)));
        return result;
    }

    @Override
    public Optional<AccessRecord> accessRecord(String user) {
        byte[] bytes = store.maps.access().get(user);
        return bytes == null ? Optional.empty() : Optional.of(RecordCodec.access(bytes));
    }

    @Override
    public Optional<ParticipationRecord> participation(String campaign, String influencer) {
        byte[] bytes = store.maps.participations().get(Keys.participation(campaign, influencer));
        return bytes == null ? Optional.empty() : Optional.of(RecordCodec.participation(bytes));
    }

    @Override
    public List<ParticipationRecord> participations(String campaign) {
        String prefix = Keys.prefix(campaign);
        List<ParticipationRecord> result = new ArrayList<>();
        store.maps.participations().subMap(prefix, true, Keys.end(prefix), false).values()
                .forEach(bytes -> result.add(RecordCodec.participation(bytes)));
        return result;
    }

    @Override
    public List<String> influencersIn(String campaign, String stage) {
        String prefix = Keys.prefix(campaign, stage);
        List<String> result = new ArrayList<>();
        for (String key : range(store.maps.stageIndex(), prefix)) {
            result.add(Keys.last(key));
        }
        return result;
    }

    @Override
    public long count(String campaign, String stage) {
        return counters.get(Keys.count(campaign, stage));
    }

    @Override
    public long entered(String campaign, String stage) {
        return counters.get(Keys.entered(campaign, stage));
    }

    @Override
    public long members(String campaign) {
        return counters.get(Keys.members(campaign));
    }

    @Override
    public List<JournalRecord> journal(String campaign, String influencer) {
        List<JournalRecord> result = new ArrayList<>();
        if (influencer == null) {
            String prefix = Keys.prefix(campaign);
            store.maps.journal().subMap(prefix, true, Keys.end(prefix), false).values()
                    .forEach(bytes -> result.add(RecordCodec.journal(bytes)));
        } else {
            for (String key : range(store.maps.journalIndex(), Keys.prefix(campaign, influencer))) {
                result.add(RecordCodec.journal(store.maps.journal().get(Keys.of(campaign, Keys.last(key)))));
            }
        }
        return result;
    }

    @Override
    public List<DeliverableRecord> deliverables(String campaign, String influencer) {
        String prefix = Keys.deliverableOwner(campaign, influencer);
        List<DeliverableRecord> result = new ArrayList<>();
        store.maps.deliverables().subMap(prefix, true, Keys.end(prefix), false).values()
                .forEach(bytes -> result.add(RecordCodec.deliverable(bytes)));
        return result;
    }

    @Override
    public List<DraftRecord> drafts(String campaign, String influencer) {
        String prefix = Keys.prefix(campaign, influencer);
        List<DraftRecord> result = new ArrayList<>();
        store.maps.drafts().subMap(prefix, true, Keys.end(prefix), false).values()
                .forEach(bytes -> result.add(RecordCodec.draft(bytes)));
        return result;
    }

    @Override
    public Map<String, String> data(String campaign, String influencer) {
        String prefix = Keys.prefix(campaign, influencer);
        Map<String, String> result = new TreeMap<>();
        store.maps.data().subMap(prefix, true, Keys.end(prefix), false)
                .forEach((key, value) -> result.put(Keys.last(key), value));
        return result;
    }

    @Override
    public void putData(String campaign, String influencer, String key, String value) {
        writable();
        if (value == null) {
            store.maps.data().remove(Keys.of(campaign, influencer, key));
        } else {
            store.maps.data().put(Keys.of(campaign, influencer, key), value);
        }
    }

    @Override
    public void putDraft(DraftRecord d) {
        writable();
        store.maps.drafts().put(Keys.draft(d.campaign(), d.influencer(), d.deliverable(), d.version()), RecordCodec.draft(d));
    }

    @Override
    public void putDeliverable(DeliverableRecord d) {
        writable();
        store.maps.deliverables().put(Keys.deliverable(d.campaign(), d.influencer(), d.id()), RecordCodec.deliverable(d));
    }

    @Override
    public void removeDeliverable(String campaign, String influencer, String id) {
        writable();
        store.maps.deliverables().remove(Keys.deliverable(campaign, influencer, id));
    }

    @Override
    public long nextDeliverableNumber(String campaign) {
        writable();
        return counters.next(Keys.deliverableSeq(campaign));
    }

    @Override
    public void putCampaign(CampaignRecord campaign) {
        writable();
        store.maps.campaigns().put(campaign.id(), RecordCodec.campaign(campaign));
    }

    @Override
    public void putAccess(AccessRecord access) {
        writable();
        store.maps.access().put(access.user(), RecordCodec.access(access));
    }

    @Override
    public void removeAccess(String user) {
        writable();
        store.maps.access().remove(user);
    }

    @Override
    public List<WebhookRecord> webhooks() {
        return outbox.webhooks();
    }

    @Override
    public Optional<WebhookRecord> webhook(String id) {
        return outbox.webhook(id);
    }

    @Override
    public List<DeliveryRecord> deliveries(String endpoint, long from, int max) {
        return outbox.deliveries(endpoint, from, max);
    }

    @Override
    public List<DeliveryRecord> pendingDeliveries(String endpoint, int max) {
        return outbox.pending(endpoint, max);
    }

    @Override
    public long pendingCount(String endpoint) {
        return outbox.pendingCount(endpoint);
    }

    @Override
    public Optional<DeliveryRecord> delivery(String id) {
        return outbox.delivery(id);
    }

    @Override
    public void putWebhook(WebhookRecord webhook) {
        writable();
        outbox.putWebhook(webhook);
    }

    @Override
    public void removeWebhook(String id) {
        writable();
        outbox.removeWebhook(id);
        counters.remove(Keys.outbox(id));
    }

    @Override
    public DeliveryRecord putDelivery(DeliveryRecord delivery) {
        writable();
        if (delivery.number() != 0) {
            return outbox.putDelivery(delivery);
        }
        return outbox.putDelivery(delivery.numbered(counters.next(Keys.outbox(delivery.endpoint()))));
    }

    @Override
    public List<TemplateRecord> templates(String campaign) {
        return messages.templates(campaign);
    }

    @Override
    public List<MessageRecord> messages(String campaign, String influencer) {
        return messages.messages(campaign, influencer);
    }

    @Override
    public Optional<MessageRecord> message(String campaign, long number) {
        return messages.message(campaign, number);
    }

    @Override
    public List<MessageRecord> queuedMessages(String campaign, int max) {
        return messages.queued(campaign, max);
    }

    @Override
    public boolean triggered(String campaign, String influencer, String template) {
        return messages.triggered(campaign, influencer, template);
    }

    @Override
    public void putTemplate(TemplateRecord template) {
        writable();
        messages.putTemplate(template);
    }

    @Override
    public MessageRecord putMessage(MessageRecord message) {
        writable();
        return messages.putMessage(message);
    }

    @Override
    public List<IncentiveRecord> incentives(String campaign, String influencer) {
        return incentives.incentives(campaign, influencer);
    }

    @Override
    public void putIncentive(IncentiveRecord incentive) {
        writable();
        incentives.put(incentive);
    }

    @Override
    public long nextIncentiveNumber(String campaign) {
        writable();
        return incentives.next(campaign);
    }

    @Override
    public void deleteCampaign(String id) {
        writable();
        store.maps.campaigns().remove(id);
        String prefix = Keys.prefix(id);
        store.maps.participations().subMap(prefix, true, Keys.end(prefix), false).clear();
        store.maps.journal().subMap(prefix, true, Keys.end(prefix), false).clear();
        store.maps.deliverables().subMap(prefix, true, Keys.end(prefix), false).clear();
        store.maps.drafts().subMap(prefix, true, Keys.end(prefix), false).clear();
        store.maps.data().subMap(prefix, true, Keys.end(prefix), false).clear();
        range(store.maps.stageIndex(), prefix).clear();
        range(store.maps.journalIndex(), prefix).clear();
        for (String kind : List.of("count", "entered")) {
            counters.removeAll(Keys.prefix(kind, id));
        }
        for (String key : List.of(Keys.members(id), Keys.journalSeq(id), Keys.deliverableSeq(id))) {
            counters.remove(key);
        }
        messages.deleteCampaign(id);
        incentives.deleteCampaign(id);
    }

    @Override
    public void putParticipation(ParticipationRecord p) {
        writable();
        String key = Keys.participation(p.campaign(), p.influencer());
        byte[] previous = store.maps.participations().put(key, RecordCodec.participation(p));
        String before = previous == null ? null : RecordCodec.participation(previous).stage();
        if (previous == null) {
            counters.add(Keys.members(p.campaign()), 1);
        }
        if (!p.stage().equals(before)) {
            if (before != null) {
                counters.add(Keys.count(p.campaign(), before), -1);
                store.maps.stageIndex().remove(Keys.stageIndex(p.campaign(), before, p.influencer()));
            }
            counters.add(Keys.count(p.campaign(), p.stage()), 1);
            counters.add(Keys.entered(p.campaign(), p.stage()), 1);
            store.maps.stageIndex().add(Keys.stageIndex(p.campaign(), p.stage(), p.influencer()));
        }
    }

    @Override
    public JournalRecord append(String campaign, JournalRecord entry) {
        writable();
        String seqKey = Keys.journalSeq(campaign);
        long seq = counters.next(seqKey);
        JournalRecord stored = entry.at(seq);
        store.maps.journal().put(Keys.of(campaign, Keys.seq(seq)), RecordCodec.journal(stored));
        if (entry.influencer() != null) {
            store.maps.journalIndex().add(Keys.of(campaign, entry.influencer(), Keys.seq(seq)));
        }
        return stored;
    }

    /** Writes the summed counter changes; called once, just before commit. */
    void flushCounters() {
        counters.flush();
    }

    private static NavigableSet<String> range(NavigableSet<String> set, String prefix) {
        return set.subSet(prefix, true, Keys.end(prefix), false);
    }

    private void writable() {
        if (!writable) {
            throw new IllegalStateException("a read may not write; use WorkflowStore.write");
        }
    }
}
