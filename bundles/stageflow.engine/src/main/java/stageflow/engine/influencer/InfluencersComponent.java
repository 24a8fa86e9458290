package stageflow.engine.influencer;

import static stageflow.engine.tx.Transactions.requireCampaign;
import static stageflow.engine.tx.Transactions.requireParticipation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import stageflow.engine.event.EventAdminEvents;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import stageflow.api.Ids;
import stageflow.api.Influencers;
import stageflow.api.NewInfluencer;
import stageflow.api.Origin;
import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.Failure;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.engine.deliverable.DeliverableWrites;
import stageflow.engine.deliverable.DraftVersions;
import stageflow.engine.journal.Notes;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.WorkflowStore;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.workflow.WorkflowStage;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.ParticipationRecord;

/**
 * Who is in a campaign and what is recorded about them. Every read uses kept counters and indexes, so one
 * influencer of a campaign of a million costs the same as of a small one; only full listings scan.
 */
@Component(service = Influencers.class)
public final class InfluencersComponent implements Influencers {
    private static final int PROGRESS_EVERY = 1000;

    private final Transactions tx;
    private final PhasePolicies policies;
    private final AutomaticExits exits;

    /** Sorted by ranking, lowest first (DS 112.3.8.1), replaced as a whole on every change. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public InfluencersComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry), null);
    }

    /** On given transactions and policies (null: the installed ones): tests and benchmarks, without a framework. */
    public InfluencersComponent(Transactions tx, PhasePolicies given) {
        PhasePolicies policies = given != null ? given : new PhasePolicies(() -> installed);
        this.tx = tx.following(policies);
        this.policies = policies;
        this.exits = new AutomaticExits(tx.registry(), tx.transitions());
    }

    @Override
    public BulkResult add(String campaign, List<NewInfluencer> influencers, Origin origin, LongConsumer progress) {
        Ids.noOptions(influencers.stream().map(NewInfluencer::id).toList());
        if (influencers.isEmpty()) {
            throw WorkflowException.invalid("no influencer to add; name at least one: influencer:add " + campaign
                    + " <influencer>...");
        }
        LongConsumer heard = progress == null ? done -> { } : progress;
        return tx.onCampaign(campaign, origin, (t, record) -> {
            String entry = tx.workflow(record).entryStage().id();
            List<DeliverableRecord> campaignLevel = t.deliverables(campaign, null);
            List<StageChange> changed = new ArrayList<>();
            List<Failure> failed = new ArrayList<>();
            long done = 0;
            for (NewInfluencer influencer : influencers) {
                try {
                    ParticipationRecord fresh = Roster.newcomer(t, campaign, influencer, entry, tx.now());
                    changed.add(tx.transitions().enter(t, fresh, Move.manual(entry), origin));
                    DeliverableWrites.handOut(t, campaignLevel, influencer.id());
                } catch (WorkflowException e) {
                    failed.add(new Failure(Ids.echo(influencer.id()), e.rule(), e.reason()));
                }
                if (++done % PROGRESS_EVERY == 0) {
                    heard.accept(done);
                }
            }
            heard.accept(done);
            return new BulkResult(changed, failed, origin.dryRun());
        });
    }

    @Override
    public List<ParticipationView> list(String campaign, String stage, Phase phase) {
        Ids.campaign(campaign);
        if (stage != null) {
            Ids.stage(stage);
        }
        return tx.read(t -> {
            CampaignWorkflow workflow = tx.workflow(requireCampaign(t, campaign));
            if (stage != null) {
                workflow.require(stage, campaign);
            }
            if (stage == null && phase == null) {
                return t.participations(campaign).stream().map(p -> Roster.view(workflow, p)).toList();
            }
            List<ParticipationView> views = new ArrayList<>();
            for (WorkflowStage s : workflow.stages()) {
                if (stage != null ? s.id().equals(stage) : s.phase() == phase) {
                    for (String influencer : t.influencersIn(campaign, s.id())) {
                        views.add(Roster.view(workflow, requireParticipation(t, campaign, influencer)));
                    }
                }
            }
            return views;
        });
    }

    @Override
    public ParticipationView get(String campaign, String influencer) {
        return tx.readParticipant(campaign, influencer, (t, record, p) -> Roster.view(tx.workflow(record), p));
    }

    @Override
    public InfluencerDetail show(String campaign, String influencer) {
        return tx.readParticipant(campaign, influencer, (t, record, p) -> {
            CampaignWorkflow workflow = tx.workflow(record);
            return new InfluencerDetail(Roster.view(workflow, p), t.data(campaign, influencer),
                    DeliverableWrites.views(t, workflow, policies, campaign, influencer),
                    DraftVersions.views(t, campaign, influencer));
        });
    }

    @Override
    public Map<String, String> data(String campaign, String influencer) {
        return tx.readParticipant(campaign, influencer, (t, record, p) -> t.data(campaign, influencer));
    }

    @Override
    public DataChange recordData(String campaign, String influencer, Map<String, String> changes, Origin origin) {
        Map<String, String> checked = DataChanges.checked(changes);
        return tx.onParticipant(campaign, influencer, origin, null, (t, record, p) -> {
            Map<String, String> stored = t.data(campaign, influencer);
            Map<String, String> effective = DataChanges.effective(stored, checked);
            if (effective.isEmpty()) {
                return new DataChange(influencer, p.stage(), stored, List.of(), null, origin.dryRun());
            }
            effective.forEach((key, value) -> t.putData(campaign, influencer, key, value.isEmpty() ? null : value));
            Notes.append(t, tx.now(), p, Move.MANUAL, origin, DataChanges.detail(stored, effective));
            return exits.after(t, record, tx.workflow(record), p, DataChanges.applied(stored, effective), origin);
        });
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
