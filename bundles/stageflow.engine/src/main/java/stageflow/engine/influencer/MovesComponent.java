package stageflow.engine.influencer;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import stageflow.api.Ids;
import stageflow.api.InfluencerMoves;
import stageflow.api.Origin;
import stageflow.api.Selection;
import stageflow.api.WorkflowException;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.StageChange;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.campaign.CampaignLifecycle;
import stageflow.engine.deliverable.DeliverableWrites;
import stageflow.engine.event.EventAdminEvents;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.workflow.WorkflowStage;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.WorkflowStore;

/** Moving influencers (C-5, C-11) and recording their own actions; where each goes is {@link StageMoves}. */
@Component(service = InfluencerMoves.class)
public final class MovesComponent implements InfluencerMoves {
    private final Transactions tx;
    private final BulkMoves bulk;

    /** The phase policies incentive statuses follow when this service moves influencers (I-2). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public MovesComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
        tx.following(new PhasePolicies(() -> installed));
    }

    /** On given transactions: the engine's tests and benchmarks, on the real store without a framework. */
    public MovesComponent(Transactions tx) {
        this.tx = tx;
        this.bulk = new BulkMoves(tx);
    }

    @Override
    public BulkResult promote(String campaign, Selection selection, Origin origin) {
        return bulk.prechecked(campaign, selection, origin, (workflow, t) -> (p, w) -> {
            requireDeliverablesToLeave(t, p);
            return StageMoves.promote(p, w);
        });
    }

    /** D-6: leaving the Deliverables stage by promotion needs at least one deliverable. */
    private static void requireDeliverablesToLeave(StoreReader t, ParticipationRecord p) {
        if (p.stage().equals(DefaultStage.DELIVERABLES.id()) && t.deliverables(p.campaign(), p.influencer()).isEmpty()) {
            throw WorkflowException.refused("D-6", "'" + p.influencer() + "' has no deliverable yet; assign one with"
                    + " deliverable:assign " + p.campaign() + " " + p.influencer() + " <kind> ... before promoting");
        }
    }

    @Override
    public BulkResult move(String campaign, String stage, Selection selection, Origin origin) {
        Ids.stage(stage);
        return bulk.prechecked(campaign, selection, origin, (workflow, t) -> {
            WorkflowStage target = StageMoves.moveTarget(workflow, campaign, stage);
            return (p, w) -> StageMoves.move(p, target);
        });
    }

    @Override
    public BulkResult drop(String campaign, Selection selection, Origin origin) {
        return bulk.each(campaign, selection, origin, (p, workflow) -> StageMoves.drop(p));
    }

    @Override
    public StageChange restore(String campaign, String influencer, String to, Origin origin) {
        if (to != null) {
            Ids.stage(to);
        }
        return single(campaign, influencer, origin, null, (p, workflow) -> StageMoves.restore(p, workflow, to));
    }

    @Override
    public StageChange apply(String campaign, String influencer, Origin origin) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        return tx.write(origin, t -> {
            CampaignRecord record = Transactions.requireCampaign(t, campaign);
            CampaignLifecycle.requireLive(record, "an application");
            ParticipationRecord member = t.participation(campaign, influencer).orElse(null);
            Move move = StageMoves.apply(member, influencer, tx.workflow(record));
            if (member != null) {
                return tx.transitions().apply(t, member, move, origin);
            }
            // a public application by somebody not yet in the campaign makes them a member, in applied
            DeliverableWrites.handOut(t, t.deliverables(campaign, null), influencer);
            return tx.transitions().enter(t, new ParticipationRecord(campaign, influencer, null, null, move.to(),
                    null, tx.now()), move, origin);
        });
    }

    @Override
    public BulkResult accept(String campaign, List<String> influencers, Origin origin) {
        return bulk.each(campaign, Selection.of(influencers), origin, StageMoves::accept);
    }

    @Override
    public BulkResult reject(String campaign, List<String> influencers, Origin origin) {
        return bulk.each(campaign, Selection.of(influencers), origin, (p, workflow) -> StageMoves.reject(p));
    }

    @Override
    public StageChange confirm(String campaign, String influencer, Origin origin) {
        return single(campaign, influencer, origin, "a confirmation", StageMoves::confirm);
    }

    @Override
    public StageChange optOut(String campaign, String influencer, Origin origin) {
        return single(campaign, influencer, origin, "an opt-out", (p, workflow) -> StageMoves.optOut(p));
    }

    /** One influencer moved by a decision: an influencer-side action when named, else an operator's. */
    private StageChange single(String campaign, String influencer, Origin origin, String influencerAction,
            BulkMoves.Decision decision) {
        return tx.onParticipant(campaign, influencer, origin, influencerAction,
                (t, record, p) -> tx.transitions().apply(t, p, decision.decide(p, tx.workflow(record)), origin));
    }

    /** E-2: while there is an Event Admin, the stage changes this service commits are posted on it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEventAdmin(EventAdmin eventAdmin) {
        tx.announceTo(new EventAdminEvents(eventAdmin));
    }

    void unbindEventAdmin(EventAdmin eventAdmin) {
        tx.stopAnnouncingTo(new EventAdminEvents(eventAdmin));
    }
}
