package stageflow.engine.workflow;

import static stageflow.engine.tx.Transactions.requireCampaign;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.Workflows;
import stageflow.api.dto.Board;
import stageflow.api.dto.StageDetail;
import stageflow.api.dto.StageToggle;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.WorkflowStore;
import stageflow.store.spi.CampaignRecord;

/** Each campaign's workflow (C-): toggles, custom stages, validation; and the stages there are to choose from. */
@Component(service = Workflows.class)
public final class WorkflowsComponent implements Workflows {
    private final Transactions tx;
    private final PhasePolicies policies;

    /** Sorted by ranking, lowest first (DS 112.3.8.1), replaced as a whole on every change. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public WorkflowsComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry), null);
    }

    /** On given transactions and policies (null: the installed ones): tests and benchmarks, without a framework. */
    public WorkflowsComponent(Transactions tx, PhasePolicies given) {
        PhasePolicies policies = given != null ? given : new PhasePolicies(() -> installed);
        this.tx = tx.following(policies);
        this.policies = policies;
    }

    @Override
    public List<StageToggle> setEnabled(String campaign, String stage, boolean enabled, Origin origin) {
        Ids.stage(stage);
        return tx.onCampaign(campaign, origin, (t, record) -> {
            WorkflowToggles.Outcome outcome = WorkflowToggles.setEnabled(campaign, record.status(),
                    tx.workflow(record), stage, enabled, s -> t.count(campaign, s), s -> t.entered(campaign, s));
            if (outcome.changed().isEmpty()) {
                throw WorkflowException.invalid("stage '" + stage + "' is already " + (enabled ? "enabled" : "disabled")
                        + " in campaign '" + campaign + "'; nothing to change");
            }
            t.putCampaign(record.withWorkflow(outcome.slots()));
            return outcome.changed();
        });
    }

    @Override
    public Board insertStage(String campaign, String stage, String after, Origin origin) {
        Ids.campaign(campaign);
        Ids.stage(stage);
        Ids.stage(after);
        StageInfo info = tx.registry().stage(stage).orElseThrow(() -> WorkflowException.invalid("no stage '" + stage
                + "' is available; stage:list shows the stages extension bundles provide"));
        return tx.write(origin, t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            CampaignRecord next = record.withWorkflow(WorkflowLayout.insert(campaign, record.status(),
                    tx.workflow(record), info, after));
            t.putCampaign(next);
            return Boards.of(next, tx.workflow(next), t);
        });
    }

    @Override
    public Board removeStage(String campaign, String stage, Origin origin) {
        Ids.campaign(campaign);
        Ids.stage(stage);
        return tx.write(origin, t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            CampaignRecord next = record.withWorkflow(WorkflowLayout.remove(campaign, record.status(),
                    tx.workflow(record), stage, t.count(campaign, stage)));
            t.putCampaign(next);
            return Boards.of(next, tx.workflow(next), t);
        });
    }

    @Override
    public List<String> validate(String campaign) {
        Ids.campaign(campaign);
        return tx.read(t -> WorkflowChecks.problems(tx.workflow(requireCampaign(t, campaign)),
                s -> t.count(campaign, s)));
    }

    @Override
    public List<StageInfo> stages() {
        return tx.registry().stages();
    }

    @Override
    public StageDetail stage(String stage) {
        Ids.stage(stage);
        StageInfo info = tx.registry().stage(stage).orElseThrow(() -> WorkflowException.invalid("no stage '" + stage
                + "' is available; stage:list shows the stages"));
        Optional<DefaultStage> standard = DefaultStage.byId(stage);
        return standard.map(s -> new StageDetail(info, s.phase(), s.required(), s.linkedWith(),
                policies.rules(s.phase()).orElse(null))).orElseGet(() -> new StageDetail(info, null, false, null, null));
    }
}
