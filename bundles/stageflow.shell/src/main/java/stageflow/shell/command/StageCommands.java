package stageflow.shell.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Workflows;
import stageflow.api.dto.PhaseRules;
import stageflow.api.dto.StageDetail;
import stageflow.api.stage.StageInfo;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = StageCommands.class)
@GogoCommand(scope = "stage", function = { "list", "info", "help" })
public class StageCommands extends ScopeCommands {
    private final Workflows workflows;

    @Activate
    public StageCommands(@Reference Workflows workflows) {
        super("stage");
        this.workflows = workflows;
    }

    @Descriptor("list every stage the registry knows: id, label, default/custom, providing bundle, available")
    public String list(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        List<StageInfo> stages = workflows.stages();
        return json ? Json.stages(stages) : Text.stages(stages);
    }

    @Descriptor("describe a stage and the rules of its phase")
    public String info(@Descriptor("stage id") String stage) {
        StageDetail detail = workflows.stage(stage);
        StageInfo info = detail.stage();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", info.id());
        fields.put("label", info.label());
        fields.put("description", info.description());
        fields.put("kind", info.custom() ? "custom" : "default");
        fields.put("bundle", info.bundle());
        if (detail.phase() == null) {
            fields.put("phase", "taken from the stage before it in each campaign's workflow (P-1)");
            fields.put("entry check", info.entryCheck() ? "yes (the stage may refuse entry, C-9)" : "none");
            fields.put("exit", info.autoExit() ? "automatic when its condition holds, or manual (C-9)" : "manual");
        } else {
            fields.put("phase", detail.phase().id());
            fields.put("required", detail.required() ? "yes" : "no");
            fields.put("linked with", detail.linkedWith());
            PhaseRules p = detail.rules();
            if (p != null) {
                fields.put("deliverable editing", p.deliverableEditing() ? "open" : "locked");
                fields.put("lock override", p.lockOverride() ? "allowed" : "refused");
                fields.put("content binding", p.contentBinding() ? "allowed" : "refused");
                fields.put("incentives on entry", p.incentiveStatus() == null ? "unchanged" : p.incentiveStatus());
            }
        }
        return Text.details(fields);
    }
}
