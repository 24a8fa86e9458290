package stageflow.shell.command;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Campaigns;
import stageflow.api.Workflows;
import stageflow.api.WorkflowException;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = WorkflowCommands.class)
@GogoCommand(scope = "workflow", function = { "show", "enable", "disable", "insert", "remove", "validate", "help" })
public class WorkflowCommands extends ScopeCommands {

    private final Workflows workflows;
    private final Campaigns campaigns;

    @Activate
    public WorkflowCommands(@Reference Workflows workflows, @Reference Campaigns campaigns) {
        super("workflow");
        this.workflows = workflows;
        this.campaigns = campaigns;
    }

    @Descriptor("show a campaign's workflow: id, label, phase, enabled, required, linked, custom, available, count")
    public String show(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign) {
        var board = campaigns.board(campaign);
        return json ? Json.board(board) : Text.workflow(board);
    }

    @Descriptor("enable a stage (its linked partner follows)")
    public String enable(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign,
            @Descriptor("stage id") String stage) {
        return Text.toggles(campaign, workflows.setEnabled(campaign, stage, true, origin(null, dryRun)), dryRun);
    }

    @Descriptor("disable a stage (its linked partner follows); live campaigns: only stages nobody entered")
    public String disable(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign,
            @Descriptor("stage id") String stage) {
        return Text.toggles(campaign, workflows.setEnabled(campaign, stage, false, origin(null, dryRun)), dryRun);
    }

    @Descriptor("insert a custom stage (from an extension bundle) after a stage; draft campaigns only")
    public String insert(
            @Descriptor("the stage it follows") @Parameter(names = "--after", absentValue = "") String after,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("custom stage id") String stage) {
        if (after.isEmpty()) {
            throw WorkflowException.invalid("workflow:insert needs --after <stage>");
        }
        var board = workflows.insertStage(campaign, stage, after, origin(null, dryRun));
        return json ? Json.board(board) : "inserted " + stage + " after " + after + Text.dryRunNote(dryRun) + "\n"
                + Text.workflow(board);
    }

    @Descriptor("remove a custom stage nobody is in; draft campaigns only")
    public String remove(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("custom stage id") String stage) {
        var board = workflows.removeStage(campaign, stage, origin(null, dryRun));
        return json ? Json.board(board) : "removed " + stage + Text.dryRunNote(dryRun) + "\n" + Text.workflow(board);
    }

    @Descriptor("check a campaign's workflow; fails listing each problem with its rule")
    public String validate(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign) {
        List<String> problems = workflows.validate(campaign);
        if (json) {
            return Json.strings("problems", problems);
        }
        if (!problems.isEmpty()) {
            throw WorkflowException.invalid("workflow of '" + campaign + "' has " + problems.size() + " problem(s): "
                    + String.join("; ", problems));
        }
        return "workflow of " + campaign + " is valid";
    }
}
