package stageflow.engine;

import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageRegistry;
import stageflow.api.store.CampaignRecord;
import stageflow.api.store.ParticipationRecord;
import stageflow.api.store.StoreReader;
import stageflow.api.store.StoreTransaction;
import stageflow.api.store.WorkflowStore;
import stageflow.engine.campaign.CampaignLifecycle;
import stageflow.engine.influencer.Move;

/**
 * What every write of the engine shares: one store transaction per operation (rolled back for a dry run or a
 * refusal), the journal entry of every stage change (E-1), and the status rules for operator and influencer actions.
 */
abstract class WorkflowTransactions extends WorkflowQueries {
    final WorkflowStore store;
    final Clock clock;

    WorkflowTransactions(WorkflowStore store, StageRegistry registry, Clock clock) {
        super(store, registry);
        this.store = store;
        this.clock = clock;
    }

    StageChange store(StoreTransaction tx, ParticipationRecord p, Move move, Origin origin) {
        if (!move.to().equals(p.stage())) {
            checkEntry(tx, p, p.stage(), move.to());
        }
        long now = clock.millis();
        tx.putParticipation(move.to().equals(DefaultStage.DROPPED.id())
                ? p.droppedAt(move.to(), now) : p.movedTo(move.to(), now));
        return journal(tx, p, p.stage(), move, origin);
    }

    StageChange added(StoreTransaction tx, ParticipationRecord fresh, Move move, Origin origin) {
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
        registry.refuseEntry(target, hookView(p, from, tx.data(p.campaign(), p.influencer()))).ifPresent(reason -> {
            throw WorkflowException.refused("C-9", "'" + p.influencer() + "' cannot enter " + target + ": " + reason);
        });
    }

    /** What a stage hook sees of an influencer standing in {@code stage}: a read-only snapshot. */
    static InfluencerView hookView(ParticipationRecord p, String stage, Map<String, String> data) {
        return new InfluencerView(p.campaign(), p.influencer(), p.name(), p.email(), stage, data);
    }

    /** E-1: every change is appended to the campaign's journal in the same transaction. */
    StageChange journal(StoreTransaction tx, ParticipationRecord p, String from, Move move, Origin origin) {
        tx.append(p.campaign(), new JournalEntry(0, clock.millis(), p.influencer(), from, move.to(), move.cause(),
                origin.actor(), origin.reason(), null));
        return new StageChange(p.influencer(), from, move.to(), move.cause());
    }

    /** A dry run computes the same answer in a transaction that is rolled back. */
    <T> T run(Origin origin, Function<StoreTransaction, T> work) {
        return origin.dryRun() ? store.simulate(work) : store.write(work);
    }

    static void checked(Origin origin) {
        if (origin.actor() == null || origin.actor().isBlank()) {
            throw WorkflowException.invalid("every change needs an actor");
        }
        Ids.text("reason", origin.reason());
    }

    interface ParticipantWork<T> {
        T apply(StoreTransaction tx, CampaignRecord record, ParticipationRecord p);
    }

    /** One influencer's operation: an influencer-side action (A-2, live only) when named, else an operator's. */
    <T> T onParticipant(String campaign, String influencer, Origin origin, String influencerAction,
            ParticipantWork<T> work) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        checked(origin);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            if (influencerAction != null) {
                CampaignLifecycle.requireLive(record, influencerAction);
            } else {
                CampaignLifecycle.requireOperable(record);
            }
            return work.apply(tx, record, requireParticipation(tx, campaign, influencer));
        });
    }

}
