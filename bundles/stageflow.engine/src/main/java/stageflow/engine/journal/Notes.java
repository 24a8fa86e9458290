package stageflow.engine.journal;

import stageflow.api.Origin;
import stageflow.api.dto.JournalEntry;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/**
 * The journal (E-1) as the engine writes and shows it: entries for changes that leave the influencer's stage as it
 * is (what changed is the detail), and the store's records as the API's entries.
 */
public final class Notes {
    private Notes() {
    }

    /** A change to one influencer that keeps their stage, e.g. a deliverable edit or recorded data. */
    public static void append(StoreTransaction tx, long now, ParticipationRecord p, String cause, Origin origin,
            String detail) {
        tx.append(p.campaign(), new JournalRecord(0, now, p.influencer(), p.stage(), p.stage(), cause,
                origin.actor(), origin.reason(), detail));
    }

    /** A change to the campaign as a whole, e.g. to its campaign-level deliverables. */
    public static void appendCampaign(StoreTransaction tx, String campaign, long now, String cause, Origin origin,
            String detail) {
        tx.append(campaign, new JournalRecord(0, now, null, null, null, cause, origin.actor(), origin.reason(),
                detail));
    }

    public static JournalEntry entry(JournalRecord r) {
        return new JournalEntry(r.seq(), r.time(), r.influencer(), r.from(), r.to(), r.cause(), r.actor(),
                r.reason(), r.detail());
    }
}
