package stageflow.store.mapdb;

import java.util.ArrayList;
import java.util.HashMap;
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
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/**
 * One transaction's view of the maps. Counter changes are summed in memory and written once at the end, so a bulk
 * operation over 100,000 influencers writes each counter once instead of 100,000 times.
 */
final class MapDbTransaction implements StoreTransaction {
    private final MapDbStore store;
    private final boolean writable;
    private final Map<String, Long> counterDeltas = new HashMap<>();
    private final MapDbOutbox outbox;

    MapDbTransaction(MapDbStore store, boolean writable) {
        this.store = store;
        this.writable = writable;
        this.outbox = new MapDbOutbox(store.maps);
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
        return counter(Keys.count(campaign, stage));
    }

    @Override
    public long entered(String campaign, String stage) {
        return counter(Keys.entered(campaign, stage));
    }

    @Override
    public long members(String campaign) {
        return counter(Keys.members(campaign));
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
        String key = Keys.deliverableSeq(campaign);
        add(key, 1);
        return counter(key);
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
        store.maps.counters().remove(Keys.outbox(id));
        counterDeltas.remove(Keys.outbox(id));
    }

    @Override
    public DeliveryRecord putDelivery(DeliveryRecord delivery) {
        writable();
        if (delivery.number() != 0) {
            return outbox.putDelivery(delivery);
        }
        add(Keys.outbox(delivery.endpoint()), 1);
        return outbox.putDelivery(delivery.numbered(counter(Keys.outbox(delivery.endpoint()))));
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
            String counterPrefix = Keys.prefix(kind, id);
            store.maps.counters().subMap(counterPrefix, true, Keys.end(counterPrefix), false).clear();
            counterDeltas.keySet().removeIf(key -> key.startsWith(counterPrefix));
        }
        for (String key : List.of(Keys.members(id), Keys.journalSeq(id), Keys.deliverableSeq(id))) {
            store.maps.counters().remove(key);
            counterDeltas.remove(key);
        }
    }

    @Override
    public void putParticipation(ParticipationRecord p) {
        writable();
        String key = Keys.participation(p.campaign(), p.influencer());
        byte[] previous = store.maps.participations().put(key, RecordCodec.participation(p));
        String before = previous == null ? null : RecordCodec.participation(previous).stage();
        if (previous == null) {
            add(Keys.members(p.campaign()), 1);
        }
        if (!p.stage().equals(before)) {
            if (before != null) {
                add(Keys.count(p.campaign(), before), -1);
                store.maps.stageIndex().remove(Keys.stageIndex(p.campaign(), before, p.influencer()));
            }
            add(Keys.count(p.campaign(), p.stage()), 1);
            add(Keys.entered(p.campaign(), p.stage()), 1);
            store.maps.stageIndex().add(Keys.stageIndex(p.campaign(), p.stage(), p.influencer()));
        }
    }

    @Override
    public JournalRecord append(String campaign, JournalRecord entry) {
        writable();
        String seqKey = Keys.journalSeq(campaign);
        long seq = counter(seqKey) + 1;
        add(seqKey, 1);
        JournalRecord stored = entry.at(seq);
        store.maps.journal().put(Keys.of(campaign, Keys.seq(seq)), RecordCodec.journal(stored));
        if (entry.influencer() != null) {
            store.maps.journalIndex().add(Keys.of(campaign, entry.influencer(), Keys.seq(seq)));
        }
        return stored;
    }

    /** Writes the summed counter changes; called once, just before commit. */
    void flushCounters() {
        counterDeltas.forEach((key, delta) -> {
            if (delta != 0) {
                long value = store.maps.counters().getOrDefault(key, 0L) + delta;
                if (value == 0) {
                    store.maps.counters().remove(key);
                } else {
                    store.maps.counters().put(key, value);
                }
            }
        });
        counterDeltas.clear();
    }

    private long counter(String key) {
        return store.maps.counters().getOrDefault(key, 0L) + counterDeltas.getOrDefault(key, 0L);
    }

    private void add(String key, long delta) {
        counterDeltas.merge(key, delta, Long::sum);
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
