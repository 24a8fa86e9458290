package stageflow.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

import stageflow.api.CampaignStatus;
import stageflow.api.NewInfluencer;
import stageflow.api.Origin;
import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.Workflow;
import stageflow.api.WorkflowException;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.Failure;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageToggle;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;
import stageflow.api.store.CampaignRecord;
import stageflow.api.store.DeliverableRecord;
import stageflow.api.store.ParticipationRecord;
import stageflow.api.store.StoreReader;
import stageflow.api.store.StoreTransaction;
import stageflow.api.store.WorkflowStore;
import stageflow.engine.campaign.CampaignLifecycle;
import stageflow.engine.deliverable.Notes;
import stageflow.engine.deliverable.PhasePolicies;
import stageflow.engine.influencer.DataChanges;
import stageflow.engine.influencer.Move;
import stageflow.engine.influencer.StageMoves;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.WorkflowLayout;
import stageflow.engine.workflow.WorkflowStage;
import stageflow.engine.workflow.WorkflowToggles;

/**
 * The workflow engine: the only writer of the store. Each mutating operation checks its input, then runs as one
 * store transaction that validates against the stored state and writes its whole effect with the journal; a
 * {@link WorkflowException} anywhere rolls the transaction back, so a refused operation changes nothing.
 */
public class WorkflowEngine extends DeliverableOperations implements Workflow {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int PROGRESS_EVERY = 1000;

    public WorkflowEngine(WorkflowStore store, StageRegistry registry, PhasePolicies policies, Clock clock) {
        super(store, registry, policies, clock);
    }

    /** One decision per influencer; throws {@link WorkflowException} when that influencer cannot move. */
    private interface Decision {
        Move decide(ParticipationRecord participation, CampaignWorkflow workflow);
    }

    /** What a bulk command checks once, before any influencer: throws when the command as a whole is refused. */
    private interface Precheck {
        Decision check(CampaignWorkflow workflow, StoreReader tx);
    }

    // campaigns

    @Override
    public CampaignSummary createCampaign(String campaign, String name, Origin origin) {
        Ids.campaign(campaign);
        String label = Ids.text("name", name);
        return run(origin, tx -> {
            if (tx.campaign(campaign).isPresent()) {
                throw WorkflowException.invalid("campaign '" + campaign + "' already exists; campaign:show "
                        + campaign + " shows it");
            }
            CampaignRecord record = new CampaignRecord(campaign, label == null || label.isBlank() ? campaign : label,
                    CampaignStatus.DRAFT, clock.millis(), CampaignWorkflow.defaultSlots());
            tx.putCampaign(record);
            return summary(tx, record);
        });
    }

    @Override
    public CampaignSummary changeStatus(String campaign, StatusChange change, Origin origin) {
        Ids.campaign(campaign);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignRecord next = record.withStatus(CampaignLifecycle.next(record, change));
            tx.putCampaign(next);
            return summary(tx, next);
        });
    }

    @Override
    public CampaignSummary deleteCampaign(String campaign, Origin origin) {
        Ids.campaign(campaign);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireDeletable(record);
            CampaignSummary gone = summary(tx, record);
            tx.deleteCampaign(campaign);
            return gone;
        });
    }

    // workflow configuration

    @Override
    public List<StageToggle> setEnabled(String campaign, String stage, boolean enabled, Origin origin) {
        Ids.campaign(campaign);
        Ids.stage(stage);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireOperable(record);
            WorkflowToggles.Outcome outcome = WorkflowToggles.setEnabled(campaign, record.status(),
                    workflow(record), stage, enabled, s -> tx.count(campaign, s), s -> tx.entered(campaign, s));
            if (!outcome.changed().isEmpty()) {
                tx.putCampaign(record.withWorkflow(outcome.slots()));
            }
            return outcome.changed();
        });
    }

    @Override
    public Board insertStage(String campaign, String stage, String after, Origin origin) {
        Ids.campaign(campaign);
        Ids.stage(stage);
        Ids.stage(after);
        checked(origin);
        StageInfo info = registry.stage(stage).orElseThrow(() -> WorkflowException.invalid("no stage '" + stage
                + "' is available; stage:list shows the stages extension bundles provide"));
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            tx.putCampaign(record.withWorkflow(WorkflowLayout.insert(campaign, record.status(), workflow(record),
                    info, after)));
            return board(tx, campaign);
        });
    }

    @Override
    public Board removeStage(String campaign, String stage, Origin origin) {
        Ids.campaign(campaign);
        Ids.stage(stage);
        checked(origin);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            tx.putCampaign(record.withWorkflow(WorkflowLayout.remove(campaign, record.status(), workflow(record),
                    stage, tx.count(campaign, stage))));
            return board(tx, campaign);
        });
    }

    // influencers

    @Override
    public BulkResult add(String campaign, List<NewInfluencer> influencers, Origin origin, LongConsumer progress) {
        Ids.campaign(campaign);
        checked(origin);
        Ids.noOptions(influencers.stream().map(NewInfluencer::id).toList());
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireOperable(record);
            String entry = workflow(record).entryStage().id();
            List<DeliverableRecord> campaignLevel = tx.deliverables(campaign, null);
            List<StageChange> changed = new ArrayList<>();
            List<Failure> failed = new ArrayList<>();
            long done = 0;
            for (NewInfluencer influencer : influencers) {
                try {
                    changed.add(added(tx, newParticipation(tx, campaign, influencer, entry), Move.manual(entry),
                            origin));
                    deliverables.handOut(tx, campaignLevel, influencer.id());
                } catch (WorkflowException e) {
                    failed.add(new Failure(Ids.echo(influencer.id()), e.rule(), e.reason()));
                }
                if (++done % PROGRESS_EVERY == 0 && progress != null) {
                    progress.accept(done);
                }
            }
            if (progress != null) {
                progress.accept(done);
            }
            return new BulkResult(changed, failed, origin.dryRun());
        });
    }

    private ParticipationRecord newParticipation(StoreTransaction tx, String campaign, NewInfluencer influencer,
            String entry) {
        Ids.influencer(influencer.id());
        String name = blankToNull(Ids.text("name", influencer.name()));
        String email = blankToNull(Ids.text("email", influencer.email()));
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw WorkflowException.invalid("email '" + Ids.shorten(email) + "' of '" + influencer.id()
                    + "' is not an email address");
        }
        tx.participation(campaign, influencer.id()).ifPresent(p -> {
            throw WorkflowException.invalid("'" + influencer.id() + "' is already in campaign '" + campaign
                    + "' (stage " + p.stage() + ")");
        });
        return new ParticipationRecord(campaign, influencer.id(), name, email, entry, null, clock.millis());
    }

    @Override
    public BulkResult promote(String campaign, Selection selection, Origin origin) {
        return bulkChecked(campaign, selection, origin, (workflow, tx) -> (p, w) -> {
            requireDeliverablesToLeave(tx, p);
            return StageMoves.promote(p, w);
        });
    }

    /** D-6: leaving the Deliverables stage by promotion needs at least one deliverable. */
    private static void requireDeliverablesToLeave(StoreReader tx, ParticipationRecord p) {
        if (p.stage().equals(DefaultStage.DELIVERABLES.id()) && tx.deliverables(p.campaign(), p.influencer()).isEmpty()) {
            throw WorkflowException.refused("D-6", "'" + p.influencer() + "' has no deliverable yet; assign one with"
                    + " deliverable:assign " + p.campaign() + " " + p.influencer() + " <kind> ... before promoting");
        }
    }

    @Override
    public BulkResult move(String campaign, String stage, Selection selection, Origin origin) {
        Ids.stage(stage);
        return bulkChecked(campaign, selection, origin, (workflow, tx) -> {
            WorkflowStage target = StageMoves.moveTarget(workflow, campaign, stage);
            return (p, w) -> StageMoves.move(p, target);
        });
    }

    @Override
    public BulkResult drop(String campaign, Selection selection, Origin origin) {
        return bulk(campaign, selection, origin, (p, workflow) -> StageMoves.drop(p));
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
        checked(origin);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireLive(record, "an application");
            ParticipationRecord member = tx.participation(campaign, influencer).orElse(null);
            Move move = StageMoves.apply(member, influencer, workflow(record));
            // a public application by somebody not yet in the campaign makes them a member, in applied
            ParticipationRecord p = member != null ? member
                    : new ParticipationRecord(campaign, influencer, null, null, move.to(), null, clock.millis());
            if (member != null) {
                return store(tx, p, move, origin);
            }
            deliverables.handOut(tx, tx.deliverables(campaign, null), influencer);
            return added(tx, p, move, origin);
        });
    }

    @Override
    public BulkResult accept(String campaign, List<String> influencers, Origin origin) {
        return bulk(campaign, Selection.of(influencers), origin, StageMoves::accept);
    }

    @Override
    public BulkResult reject(String campaign, List<String> influencers, Origin origin) {
        return bulk(campaign, Selection.of(influencers), origin, (p, workflow) -> StageMoves.reject(p));
    }

    @Override
    public StageChange confirm(String campaign, String influencer, Origin origin) {
        return single(campaign, influencer, origin, "a confirmation", StageMoves::confirm);
    }

    @Override
    public StageChange optOut(String campaign, String influencer, Origin origin) {
        return single(campaign, influencer, origin, "an opt-out", (p, workflow) -> StageMoves.optOut(p));
    }

    // influencer data and the automatic exits of custom stages (C-9)

    @Override
    public Map<String, String> influencerData(String campaign, String influencer) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        return store.read(tx -> {
            requireCampaign(tx, campaign);
            requireParticipation(tx, campaign, influencer);
            return tx.data(campaign, influencer);
        });
    }

    @Override
    public DataChange recordData(String campaign, String influencer, Map<String, String> changes, Origin origin) {
        Map<String, String> checked = DataChanges.checked(changes);
        return onParticipant(campaign, influencer, origin, null, (tx, record, p) -> {
            Map<String, String> stored = tx.data(campaign, influencer);
            Map<String, String> effective = DataChanges.effective(stored, checked);
            if (effective.isEmpty()) {
                return new DataChange(influencer, p.stage(), stored, List.of(), null, origin.dryRun());
            }
            effective.forEach((key, value) -> tx.putData(campaign, influencer, key, value.isEmpty() ? null : value));
            Notes.append(tx, clock, p, Move.MANUAL, origin, DataChanges.detail(stored, effective));
            return exits(tx, record, p, DataChanges.applied(stored, effective), origin);
        });
    }

    /**
     * C-9 after a data change: while the influencer stands in a custom stage whose exit condition holds, they move
     * on; a chain of such stages is followed, at most once per stage. A-2: only while live.
     */
    private DataChange exits(StoreTransaction tx, CampaignRecord record, ParticipationRecord p,
            Map<String, String> data, Origin origin) {
        CampaignWorkflow workflow = workflow(record);
        List<StageChange> moved = new ArrayList<>();
        String stayed = null;
        ParticipationRecord now = p;
        for (int asked = 0; asked < workflow.stages().size() && !DefaultStage.isDefault(now.stage()); asked++) {
            if (record.status() != CampaignStatus.LIVE) {
                if (registry.stage(now.stage()).map(StageInfo::autoExit).orElse(false)) {
                    stayed = "the campaign is " + record.status().id() + "; the exit condition of " + now.stage()
                            + " is asked only while it is live (A-2)";
                }
                break;
            }
            if (!registry.exitReached(now.stage(), hookView(now, now.stage(), data))) {
                break;
            }
            try {
                moved.add(store(tx, now, StageMoves.exitReached(now, workflow), origin));
            } catch (WorkflowException e) {
                stayed = "the exit condition of " + now.stage() + " holds, but " + e.reason() + " (" + e.rule() + ")";
                break;
            }
            now = requireParticipation(tx, now.campaign(), now.influencer());
        }
        return new DataChange(p.influencer(), now.stage(), data, moved, stayed, origin.dryRun());
    }

    // the machinery every operation shares

    /**
     * C-11: explicit ids or a stage selection, an optional count guard, per-influencer failures, and with
     * {@code atomic} all or nothing. Operator actions: A-3 and C-8 apply.
     */
    private BulkResult bulk(String campaign, Selection selection, Origin origin, Decision decision) {
        return bulkChecked(campaign, selection, origin, (workflow, tx) -> decision);
    }

    private BulkResult bulkChecked(String campaign, Selection selection, Origin origin, Precheck precheck) {
        Ids.campaign(campaign);
        checked(origin);
        checked(selection);
        return run(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireOperable(record);
            CampaignWorkflow workflow = workflow(record);
            Decision decision = precheck.check(workflow, tx);
            List<String> ids = selection.stage() == null ? List.copyOf(new LinkedHashSet<>(selection.influencers()))
                    : tx.influencersIn(campaign, workflow.require(selection.stage(), campaign).id());
            if (selection.expect() != null && ids.size() != selection.expect()) {
                throw WorkflowException.refused("C-11", "the selection holds " + ids.size() + " influencer(s), not the"
                        + " expected " + selection.expect() + "; nothing changed");
            }
            List<StageChange> changed = new ArrayList<>();
            List<Failure> failed = new ArrayList<>();
            for (String influencer : ids) {
                try {
                    ParticipationRecord p = requireParticipation(tx, campaign, Ids.influencer(influencer));
                    changed.add(store(tx, p, decision.decide(p, workflow), origin));
                } catch (WorkflowException e) {
                    failed.add(new Failure(Ids.echo(influencer), e.rule(), e.reason()));
                }
            }
            if (selection.atomic() && !failed.isEmpty()) {
                Failure first = failed.get(0);
                throw WorkflowException.refused("C-11", failed.size() + " of " + ids.size() + " influencer(s) cannot"
                        + " change, so with --atomic none changed; first: " + first.influencer() + ": " + first.line());
            }
            return new BulkResult(changed, failed, origin.dryRun());
        });
    }

    /** One influencer moved by a decision: an influencer-side action when named, else an operator's. */
    private StageChange single(String campaign, String influencer, Origin origin, String influencerAction,
            Decision decision) {
        return onParticipant(campaign, influencer, origin, influencerAction,
                (tx, record, p) -> store(tx, p, decision.decide(p, workflow(record)), origin));
    }

    private static void checked(Selection selection) {
        Ids.noOptions(selection.influencers());
        boolean byIds = !selection.influencers().isEmpty();
        boolean byStage = selection.stage() != null;
        if (byIds == byStage) {
            throw WorkflowException.invalid(byIds ? "name influencers or --stage <stage>, not both"
                    : "name the influencers, or select them with --stage <stage>");
        }
        if (byStage) {
            Ids.stage(selection.stage());
        }
        if (selection.expect() != null && selection.expect() < 0) {
            throw WorkflowException.invalid("--expect must be 0 or more, not " + selection.expect());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
