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
 * @param templates    (campaign, template id) to a template an operator set
 * @param messages     (campaign, number) to a message of the campaign's outbox
 * @param queued       keys in {@code messages} of the queued messages
 * @param triggers     (campaign, influencer, template) of every automatic message ever queued (M-3)
 * @param incentives   (campaign, owner, id) to an incentive, the owner empty for the campaign-level list
 */
record StoreMaps(BTreeMap<String, byte[]> campaigns, BTreeMap<String, byte[]> participations,
        BTreeMap<String, byte[]> journal, BTreeMap<String, byte[]> deliverables, BTreeMap<String, byte[]> drafts,
        BTreeMap<String, String> data, BTreeMap<String, Long> counters, NavigableSet<String> stageIndex,
        NavigableSet<String> journalIndex, BTreeMap<String, byte[]> access, BTreeMap<String, byte[]> webhooks,
        BTreeMap<String, byte[]> deliveries, BTreeMap<String, String> deliveryIds, NavigableSet<String> pending,
        BTreeMap<String, byte[]> templates, BTreeMap<String, byte[]> messages, NavigableSet<String> queued,
        NavigableSet<String> triggers, BTreeMap<String, byte[]> incentives) {

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
                db.treeSet("pending-deliveries", Serializer.STRING).createOrOpen(),
                db.treeMap("templates", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeMap("messages", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen(),
                db.treeSet("queued-messages", Serializer.STRING).createOrOpen(),
                db.treeSet("message-triggers", Serializer.STRING).createOrOpen(),
                db.treeMap("incentives", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen());
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
        target.templates.putAll(templates);
        target.messages.putAll(messages);
        target.queued.addAll(queued);
        target.triggers.addAll(triggers);
        target.incentives.putAll(incentives);
    }
}
