package stageflow.engine;

import java.util.ArrayList;
import java.util.List;

import stageflow.api.CampaignStatus;
import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.dto.Board;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageRow;
import stageflow.api.stage.StageRegistry;
import stageflow.api.store.CampaignRecord;
import stageflow.api.store.ParticipationRecord;
import stageflow.api.store.StoreReader;
import stageflow.api.store.WorkflowStore;
import stageflow.engine.check.StoreInvariants;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.WorkflowStage;

/**
 * The read side of the engine. Every read uses kept counters and indexes, so a board or one influencer of a campaign
 * with a million influencers costs the same as of a small one; only full listings scan.
 */
abstract class WorkflowQueries {
    private final WorkflowStore store;
    final StageRegistry registry;

    WorkflowQueries(WorkflowStore store, StageRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    public List<CampaignSummary> campaigns(CampaignStatus status) {
        return store.read(tx -> tx.campaigns().stream().filter(c -> status == null || c.status() == status)
                .map(c -> summary(tx, c)).toList());
    }

    public Board board(String campaign) {
        Ids.campaign(campaign);
        return store.read(tx -> board(tx, campaign));
    }

    /** The board as {@code tx} sees it; inside a write, with the write's own changes. */
    Board board(StoreReader tx, String campaign) {
        CampaignRecord record = requireCampaign(tx, campaign);
        List<StageRow> rows = new ArrayList<>();
        for (WorkflowStage s : workflow(record).stages()) {
            rows.add(new StageRow(s.id(), s.label(), s.phase(), s.enabled(), s.required(), s.linkedWith(),
                    s.custom(), s.available(), tx.count(campaign, s.id())));
        }
        return new Board(record.id(), record.name(), record.status(), rows);
    }

    /** Problems of a stored workflow, one line each with its rule; the engine never stores C-2/C-3 violations. */
    public List<String> validate(String campaign) {
        Ids.campaign(campaign);
        return store.read(tx -> {
            CampaignWorkflow workflow = workflow(requireCampaign(tx, campaign));
            List<String> problems = new ArrayList<>();
            boolean afterComplete = false;
            for (WorkflowStage s : workflow.stages()) {
                if (s.required() && !s.enabled()) {
                    problems.add("C-2: required stage '" + s.id() + "' is disabled");
                }
                if (s.linkedWith() != null && workflow.stage(s.linkedWith())
                        .filter(partner -> partner.enabled() != s.enabled()).isPresent()) {
                    problems.add("C-3: stage '" + s.id() + "' is " + (s.enabled() ? "enabled" : "disabled")
                            + " but its partner '" + s.linkedWith() + "' is not");
                }
                if (s.custom() && afterComplete && !s.isDropped()) {
                    problems.add("C-9: custom stage '" + s.id() + "' stands after complete");
                }
                if (!s.available()) {
                    problems.add("C-10: stage '" + s.id() + "' is unavailable (its bundle is not installed); "
                            + tx.count(campaign, s.id()) + " influencer(s) wait in it");
                }
                afterComplete |= s.isComplete();
            }
            return problems;
        });
    }

    public List<ParticipationView> influencers(String campaign, String stage, Phase phase) {
        Ids.campaign(campaign);
        if (stage != null) {
            Ids.stage(stage);
        }
        return store.read(tx -> {
            CampaignWorkflow workflow = workflow(requireCampaign(tx, campaign));
            if (stage != null) {
                workflow.require(stage, campaign);
            }
            if (stage == null && phase == null) {
                return tx.participations(campaign).stream().map(p -> view(workflow, p)).toList();
            }
            List<ParticipationView> views = new ArrayList<>();
            for (WorkflowStage s : workflow.stages()) {
                boolean selected = stage != null ? s.id().equals(stage) : s.phase() == phase;
                if (selected) {
                    for (String influencer : tx.influencersIn(campaign, s.id())) {
                        views.add(view(workflow, requireParticipation(tx, campaign, influencer)));
                    }
                }
            }
            return views;
        });
    }

    public ParticipationView influencer(String campaign, String influencer) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        return store.read(tx -> view(workflow(requireCampaign(tx, campaign)),
                requireParticipation(tx, campaign, influencer)));
    }

    public List<JournalEntry> history(String campaign, String influencer) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return store.read(tx -> {
            requireCampaign(tx, campaign);
            if (influencer != null) {
                requireParticipation(tx, campaign, influencer);
            }
            return tx.journal(campaign, influencer);
        });
    }

    public List<String> verify() {
        return store.read(StoreInvariants::problems);
    }

    // shared lookups

    CampaignWorkflow workflow(CampaignRecord record) {
        return new CampaignWorkflow(record.workflow(), registry::stage);
    }

    static CampaignRecord requireCampaign(StoreReader tx, String campaign) {
        return tx.campaign(campaign).orElseThrow(() -> WorkflowException.invalid("no campaign '" + campaign
                + "'; campaign:list shows the campaigns"));
    }

    static ParticipationRecord requireParticipation(StoreReader tx, String campaign, String influencer) {
        return tx.participation(campaign, influencer).orElseThrow(() -> WorkflowException.invalid("'" + influencer
                + "' is not in campaign '" + campaign + "'; add them with influencer:add " + campaign + " "
                + influencer));
    }

    static CampaignSummary summary(StoreReader tx, CampaignRecord record) {
        return new CampaignSummary(record.id(), record.name(), record.status(), tx.members(record.id()));
    }

    private static ParticipationView view(CampaignWorkflow workflow, ParticipationRecord p) {
        return new ParticipationView(p.campaign(), p.influencer(), p.name(), p.email(), p.stage(),
                workflow.labelOf(p.stage()), workflow.phaseOf(p.stage()), p.since());
    }
}
