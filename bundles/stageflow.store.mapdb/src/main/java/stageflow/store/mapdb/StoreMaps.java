package stageflow.store.mapdb;

import java.util.NavigableSet;

import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.Serializer;

/**
 * Every collection of a Stageflow database, opened by name. The store and its backups open them the same way, so a
 * backup is a database like any other.
 *
 * @param data         influencer data: key (campaign, influencer, data key) to value
 * @param stageIndex   (campaign, stage, influencer) for every participation
 * @param journalIndex (campaign, influencer, seq) for every journal entry
 * @param access       user to the user's access to the remote console
 * @param webhooks     endpoint id to the webhook endpoint
 * @param deliveries   (endpoint, number) to a delivery of the endpoint's outbox
 * @param deliveryIds  delivery id to its key in {@code deliveries}
 * @param pending      keys in {@code deliveries} of the pending deliveries
 */
record StoreMaps(BTreeMap<String, byte[]> campaigns, BTreeMap<String, byte[]> participations,
        BTreeMap<String, byte[]> journal, BTreeMap<String, byte[]> deliverables, BTreeMap<String, byte[]> drafts,
        BTreeMap<String, String> data, BTreeMap<String, Long> counters, NavigableSet<String> stageIndex,
        NavigableSet<String> journalIndex, BTreeMap<String, byte[]> access, BTreeMap<String, byte[]> webhooks,
        BTreeMap<String, byte[]> deliveries, BTreeMap<String, String> deliveryIds, NavigableSet<String> pending) {

    static StoreMaps of(DB db) {
        return new StoreMaps(
                db.treeMap("campaigns", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("participations", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("journal", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("deliverables", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("drafts", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("influencer-data", Serializer.STRING, Serializer.STRING).createOrOpen(),
                db.treeMap("counters", Serializer.STRING, Serializer.LONG).createOrOpen(),
                db.treeSet("stage-index", Serializer.STRING).createOrOpen(),
                db.treeSet("journal-index", Serializer.STRING).createOrOpen(),
                db.treeMap("access", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("webhooks", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("deliveries", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("delivery-ids", Serializer.STRING, Serializer.STRING).createOrOpen(),
                db.treeSet("pending-deliveries", Serializer.STRING).createOrOpen());
    }

    /** Copies everything into the empty collections of another database. */
    void copyTo(StoreMaps target) {
        target.campaigns.putAll(campaigns);
        target.participations.putAll(participations);
        target.journal.putAll(journal);
        target.deliverables.putAll(deliverables);
        target.drafts.putAll(drafts);
        target.data.putAll(data);
        target.counters.putAll(counters);
        target.stageIndex.addAll(stageIndex);
        target.journalIndex.addAll(journalIndex);
        target.access.putAll(access);
        target.webhooks.putAll(webhooks);
        target.deliveries.putAll(deliveries);
        target.deliveryIds.putAll(deliveryIds);
        target.pending.addAll(pending);
    }
}
