package stageflow.shell.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = StageCommands.class)
@GogoCommand(scope = "stage", function = { "list", "info", "help" })
public class StageCommands extends ScopeCommands {
    private final StageRegistry registry;

    /** Sorted by ranking, lowest first (DS 112.3.8.1): the last policy of a phase is the one in force. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> policies;

    @Activate
    public StageCommands(@Reference StageRegistry registry) {
        super("stage");
        this.registry = registry;
    }

    @Descriptor("list every stage the registry knows: id, label, default/custom, providing bundle, available")
    public String list(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        List<StageInfo> stages = registry.stages();
        return json ? Json.stages(stages) : Text.stages(stages);
    }

    @Descriptor("describe a stage and the rules of its phase")
    public String info(@Descriptor("stage id") String stage) {
        StageInfo info = registry.stage(stage).orElseThrow(() -> WorkflowException.invalid("no stage '" + stage
                + "' is available; stage:list shows the stages"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", info.id());
        fields.put("label", info.label());
        fields.put("description", info.description());
        fields.put("kind", info.custom() ? "custom" : "default");
        fields.put("bundle", info.bundle());
        Optional<DefaultStage> standard = DefaultStage.byId(info.id());
        if (standard.isEmpty()) {
            fields.put("phase", "taken from the stage before it in each campaign's workflow (P-1)");
            fields.put("entry check", info.entryCheck() ? "yes (the stage may refuse entry, C-9)" : "none");
            fields.put("exit", info.autoExit() ? "automatic when its condition holds, or manual (C-9)" : "manual");
        } else {
            Phase phase = standard.get().phase();
            fields.put("phase", phase.id());
            fields.put("required", standard.get().required() ? "yes" : "no");
            fields.put("linked with", standard.get().linkedWith());
            policy(phase).ifPresent(p -> {
                fields.put("deliverable editing", p.deliverableEditing() ? "open" : "locked");
                fields.put("lock override", p.lockOverride() ? "allowed" : "refused");
                fields.put("content binding", p.contentBinding() ? "allowed" : "refused");
                fields.put("incentives on entry", p.incentiveStatus() == null ? "unchanged" : p.incentiveStatus());
            });
        }
        return Text.details(fields);
    }

    private Optional<PhasePolicy> policy(Phase phase) {
        List<PhasePolicy> current = policies;
        PhasePolicy chosen = null;
        for (PhasePolicy p : current == null ? List.<PhasePolicy>of() : current) {
            if (p.phase() == phase) {
                chosen = p;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
