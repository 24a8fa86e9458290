package stageflow.engine;

import java.time.Clock;
import java.util.List;

import stageflow.api.DeliverableSpec;
import stageflow.api.DraftOutcome;
import stageflow.api.Origin;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageRegistry;
import stageflow.api.store.CampaignRecord;
import stageflow.api.store.ParticipationRecord;
import stageflow.api.store.StoreReader;
import stageflow.api.store.StoreTransaction;
import stageflow.api.store.WorkflowStore;
import stageflow.engine.campaign.CampaignLifecycle;
import stageflow.engine.deliverable.Deliverables;
import stageflow.engine.deliverable.Drafts;
import stageflow.engine.deliverable.PhasePolicies;
import stageflow.engine.influencer.StageMoves;
import stageflow.engine.workflow.CampaignWorkflow;

/** Deliverables and drafts (workflow-spec section 6): each operation one transaction, like every other. */
abstract class DeliverableOperations extends WorkflowTransactions {
    final PhasePolicies policies;
    final Deliverables deliverables;
    final Drafts drafts;

    DeliverableOperations(WorkflowStore store, StageRegistry registry, PhasePolicies policies, Clock clock) {
        super(store, registry, clock);
        this.policies = policies;
        this.deliverables = new Deliverables(clock);
        this.drafts = new Drafts(clock);
    }

    public DeliverableChange assignDeliverable(String campaign, String influencer, DeliverableSpec spec, Origin origin,
            boolean overrideLock) {
        return deliverableChange(campaign, influencer, origin, overrideLock,
                (tx, cx) -> deliverables.assign(tx, cx, influencer, spec));
    }

    public DeliverableChange editDeliverable(String campaign, String influencer, String deliverable,
            DeliverableSpec changes, Origin origin, boolean overrideLock) {
        return deliverableChange(campaign, influencer, origin, overrideLock,
                (tx, cx) -> deliverables.edit(tx, cx, influencer, deliverable, changes));
    }

    public DeliverableChange removeDeliverable(String campaign, String influencer, String deliverable, Origin origin,
            boolean overrideLock) {
        return deliverableChange(campaign, influencer, origin, overrideLock,
                (tx, cx) -> deliverables.remove(tx, cx, influencer, deliverable));
    }

    public DeliverableCompletion completeDeliverable(String campaign, String influencer, String deliverable,
            String postUrl, Origin origin) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        Ids.text("url", postUrl);
        checked(origin);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireLive(record, "content completion");
            CampaignWorkflow workflow = workflow(record);
            ParticipationRecord p = requireParticipation(tx, campaign, influencer);
            boolean all = deliverables.complete(tx, new Deliverables.Context(campaign, workflow, policies, origin,
                    false), p, deliverable, postUrl);
            StageChange moved = all && p.stage().equals(DefaultStage.CONTENT_CREATION.id())
                    ? store(tx, p, StageMoves.contentComplete(p, workflow), origin) : null;
            return new DeliverableCompletion(deliverable, influencer, postUrl, moved, origin.dryRun());
        });
    }

    public DraftResult submitDraft(String campaign, String influencer, String deliverable, String url, Origin origin) {
        Ids.text("url", url);
        return onParticipant(campaign, influencer, origin, "a draft submission", (tx, record, p) -> {
            boolean all = drafts.submit(tx, p, deliverable, url, origin);
            StageChange moved = all ? store(tx, p, StageMoves.draftsSubmitted(p, workflow(record)), origin) : null;
            return new DraftResult(influencer, latestView(tx, campaign, influencer, deliverable), moved,
                    origin.dryRun());
        });
    }

    public DraftResult reviewDraft(String campaign, String influencer, String deliverable, DraftOutcome outcome,
            String comment, Origin origin) {
        Ids.text("comment", comment);
        return onParticipant(campaign, influencer, origin, null, (tx, record, p) -> {
            drafts.review(tx, p, deliverable, outcome, comment, origin);
            return new DraftResult(influencer, latestView(tx, campaign, influencer, deliverable), null,
                    origin.dryRun());
        });
    }

    public StageChange approveDrafts(String campaign, String influencer, Origin origin) {
        return onParticipant(campaign, influencer, origin, null, (tx, record, p) -> {
            drafts.requireApprovable(tx, p);
            return store(tx, p, StageMoves.approve(p, workflow(record)), origin);
        });
    }

    public List<DraftView> drafts(String campaign, String influencer) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        return store.read(tx -> {
            requireCampaign(tx, campaign);
            requireParticipation(tx, campaign, influencer);
            return Drafts.views(tx, campaign, influencer);
        });
    }

    private static DraftView latestView(StoreReader tx, String campaign, String influencer, String deliverable) {
        return Drafts.views(tx, campaign, influencer).stream().filter(d -> d.deliverable().equals(deliverable))
                .findFirst().orElseThrow();
    }

    public List<DeliverableView> deliverables(String campaign, String influencer) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return store.read(tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            if (influencer != null) {
                requireParticipation(tx, campaign, influencer);
            }
            return deliverables.views(tx, workflow(record), policies, campaign, influencer);
        });
    }

    private interface DeliverableWork {
        DeliverableChange apply(StoreTransaction tx, Deliverables.Context context);
    }

    /** Deliverable edits are operator actions (A-3, C-8), checked and stored in one transaction. */
    private DeliverableChange deliverableChange(String campaign, String influencer, Origin origin, boolean override,
            DeliverableWork work) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        checked(origin);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireOperable(record);
            return work.apply(tx, new Deliverables.Context(campaign, workflow(record), policies, origin, override));
        });
    }

}
