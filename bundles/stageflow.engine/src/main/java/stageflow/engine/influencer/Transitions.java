package stageflow.engine.influencer;

import java.util.Map;
import java.util.function.LongSupplier;

import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageRegistry;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;

/**
 * Stores a decided {@link Move}: the target stage's entry check (C-9), the participation, and the journal entry of
 * the change (E-1), all in the caller's transaction. Every stage change of every operation goes through here.
 */
public final class Transitions {
    private final StageRegistry registry;
    private final LongSupplier clock;

    public Transitions(StageRegistry registry, LongSupplier clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Moves {@code p} as decided; a move to the stage they are in only journals (nothing to enter). */
    public StageChange apply(StoreTransaction tx, ParticipationRecord p, Move move, Origin origin) {
        if (!move.to().equals(p.stage())) {
            checkEntry(tx, p, p.stage(), move.to());
        }
        long now = clock.getAsLong();
        tx.putParticipation(move.to().equals(DefaultStage.DROPPED.id())
                ? p.droppedAt(move.to(), now) : p.movedTo(move.to(), now));
        return journal(tx, p, p.stage(), move, origin);
    }

    /** A new member of the campaign enters their first stage; the journal's {@code from} is empty. */
    public StageChange enter(StoreTransaction tx, ParticipationRecord fresh, Move move, Origin origin) {
        checkEntry(tx, fresh, null, move.to());
        tx.putParticipation(fresh);
        return journal(tx, fresh, null, move, origin);
    }

    /**
     * C-9: a custom stage's entry check, asked before anything is written. Default stages have none, so the common
     * move never builds a view.
     */
    private void checkEntry(StoreReader tx, ParticipationRecord p, String from, String target) {
        if (DefaultStage.isDefault(target)) {
            return;
        }
        registry.refuseEntry(target, view(p, from, tx.data(p.campaign(), p.influencer()))).ifPresent(reason -> {
            throw WorkflowException.refused("C-9", "'" + p.influencer() + "' cannot enter " + target + ": " + reason);
        });
    }

    /** What a stage hook sees of an influencer standing in {@code stage}: a read-only snapshot. */
    public static InfluencerView view(ParticipationRecord p, String stage, Map<String, String> data) {
        return new InfluencerView(p.campaign(), p.influencer(), p.name(), p.email(), stage, data);
    }

    private StageChange journal(StoreTransaction tx, ParticipationRecord p, String from, Move move, Origin origin) {
        tx.append(p.campaign(), new JournalRecord(0, clock.getAsLong(), p.influencer(), from, move.to(), move.cause(),
                origin.actor(), origin.reason(), null));
        return new StageChange(p.influencer(), from, move.to(), move.cause());
    }
}
