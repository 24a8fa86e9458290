package stageflow.engine.deliverable;

import java.time.Clock;

import stageflow.api.Origin;
import stageflow.api.dto.JournalEntry;
import stageflow.api.store.ParticipationRecord;
import stageflow.api.store.StoreTransaction;

/** Journal entries for changes that leave the influencer's stage as it is (E-1): what changed is the detail. */
public final class Notes {
    private Notes() {
    }

    public static void append(StoreTransaction tx, Clock clock, ParticipationRecord p, String cause, Origin origin,
            String detail) {
        tx.append(p.campaign(), new JournalEntry(0, clock.millis(), p.influencer(), p.stage(), p.stage(), cause,
                origin.actor(), origin.reason(), detail));
    }
}
