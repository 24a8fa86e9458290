package stageflow.engine.deliverable;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import stageflow.api.DraftOutcome;
import stageflow.api.Drafts;
import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.StageChange;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.event.EventAdminEvents;
import stageflow.engine.influencer.StageMoves;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.WorkflowStore;

/** Drafts and their review (D-9); versions and the rules of moving on are in {@link DraftVersions}. */
@Component(service = Drafts.class)
public final class DraftsComponent implements Drafts {
    private final Transactions tx;
    private final DraftVersions versions;

    /** The phase policies incentive statuses follow when this service moves influencers (I-2). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public DraftsComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
        tx.following(new PhasePolicies(() -> installed));
    }

    /** On given transactions: the engine's tests and benchmarks, on the real store without a framework. */
    public DraftsComponent(Transactions tx) {
        this.tx = tx;
        this.versions = new DraftVersions(tx::now);
    }

    @Override
    public DraftResult submit(String campaign, String influencer, String deliverable, String url, Origin origin) {
        Ids.text("url", url);
        return tx.onParticipant(campaign, influencer, origin, "a draft submission", (t, record, p) -> {
            boolean all = versions.submit(t, p, deliverable, url, origin);
            StageChange moved = all ? tx.transitions().apply(t, p,
                    StageMoves.draftsSubmitted(p, tx.workflow(record)), origin) : null;
            return new DraftResult(influencer, latest(t, campaign, influencer, deliverable), moved, origin.dryRun());
        });
    }

    @Override
    public DraftResult review(String campaign, String influencer, String deliverable, DraftOutcome outcome,
            String comment, Origin origin) {
        Ids.text("comment", comment);
        return tx.onParticipant(campaign, influencer, origin, null, (t, record, p) -> {
            versions.review(t, p, deliverable, outcome, comment, origin);
            return new DraftResult(influencer, latest(t, campaign, influencer, deliverable), null, origin.dryRun());
        });
    }

    @Override
    public StageChange approve(String campaign, String influencer, Origin origin) {
        return tx.onParticipant(campaign, influencer, origin, null, (t, record, p) -> {
            versions.requireApprovable(t, p);
            return tx.transitions().apply(t, p, StageMoves.approve(p, tx.workflow(record)), origin);
        });
    }

    @Override
    public List<DraftView> list(String campaign, String influencer) {
        return tx.readParticipant(campaign, influencer, (t, record, p) -> DraftVersions.views(t, campaign, influencer));
    }

    private static DraftView latest(StoreReader t, String campaign, String influencer, String deliverable) {
        return DraftVersions.views(t, campaign, influencer).stream().filter(d -> d.deliverable().equals(deliverable))
                .findFirst().orElseThrow();
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
