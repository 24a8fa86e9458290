package stageflow.engine.deliverable;

import static stageflow.engine.tx.Transactions.requireCampaign;
import static stageflow.engine.tx.Transactions.requireParticipation;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import stageflow.engine.event.EventAdminEvents;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import stageflow.api.DeliverableSpec;
import stageflow.api.Deliverables;
import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.DefaultStage;
import stageflow.engine.campaign.CampaignLifecycle;
import stageflow.engine.influencer.StageMoves;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.WorkflowStore;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/** Deliverables (D-1..D-8): each operation one transaction, the rules in {@link DeliverableRules}. */
@Component(service = Deliverables.class)
public final class DeliverablesComponent implements Deliverables {
    private final Transactions tx;
    private final PhasePolicies policies;
    private final DeliverableWrites writes;

    /** Sorted by ranking, lowest first (DS 112.3.8.1), replaced as a whole on every change. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public DeliverablesComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry), null);
    }

    /** On given transactions and policies (null: the installed ones): tests and benchmarks, without a framework. */
    public DeliverablesComponent(Transactions tx, PhasePolicies given) {
        PhasePolicies policies = given != null ? given : new PhasePolicies(() -> installed);
        this.tx = tx.following(policies);
        this.policies = policies;
        this.writes = new DeliverableWrites(tx::now);
    }

    @Override
    public DeliverableChange assign(String campaign, String influencer, DeliverableSpec spec, Origin origin,
            boolean overrideLock) {
        return change(campaign, influencer, origin, overrideLock, (t, cx) -> writes.assign(t, cx, influencer, spec));
    }

    @Override
    public DeliverableChange edit(String campaign, String influencer, String deliverable, DeliverableSpec changes,
            Origin origin, boolean overrideLock) {
        return change(campaign, influencer, origin, overrideLock,
                (t, cx) -> writes.edit(t, cx, influencer, deliverable, changes));
    }

    @Override
    public DeliverableChange remove(String campaign, String influencer, String deliverable, Origin origin,
            boolean overrideLock) {
        return change(campaign, influencer, origin, overrideLock,
                (t, cx) -> writes.remove(t, cx, influencer, deliverable));
    }

    @Override
    public DeliverableCompletion complete(String campaign, String influencer, String deliverable, String postUrl,
            Origin origin) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        Ids.text("url", postUrl);
        return tx.write(origin, t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            CampaignLifecycle.requireLive(record, "content completion");
            CampaignWorkflow workflow = tx.workflow(record);
            ParticipationRecord p = requireParticipation(t, campaign, influencer);
            boolean all = writes.complete(t, new DeliverableWrites.Context(campaign, workflow, policies, origin,
                    false), p, deliverable, postUrl);
            StageChange moved = all && p.stage().equals(DefaultStage.CONTENT_CREATION.id())
                    ? tx.transitions().apply(t, p, StageMoves.contentComplete(p, workflow), origin) : null;
            return new DeliverableCompletion(deliverable, influencer, postUrl, moved, origin.dryRun());
        });
    }

    @Override
    public List<DeliverableView> list(String campaign, String influencer) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return tx.read(t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            if (influencer != null) {
                requireParticipation(t, campaign, influencer);
            }
            return DeliverableWrites.views(t, tx.workflow(record), policies, campaign, influencer);
        });
    }

    private interface Work {
        DeliverableChange apply(StoreTransaction t, DeliverableWrites.Context context);
    }

    /** Deliverable edits are operator actions (A-3, C-8), checked and stored in one transaction. */
    private DeliverableChange change(String campaign, String influencer, Origin origin, boolean override, Work work) {
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return tx.onCampaign(campaign, origin, (t, record) -> work.apply(t,
                new DeliverableWrites.Context(campaign, tx.workflow(record), policies, origin, override)));
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
