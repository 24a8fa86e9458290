package stageflow.shell.command;

import static stageflow.shell.command.CampaignCommands.CAMPAIGN;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stageflow.api.access.Role;
import stageflow.api.Campaigns;
import stageflow.api.Workflows;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Scope;
import stageflow.shell.result.Results.Layout;
import stageflow.shell.result.Results.Problems;
import stageflow.shell.result.Results.Toggled;
import stageflow.shell.result.Results.WorkflowTable;

/** Scope {@code workflow}: each campaign's workflow (workflow-spec C-). */
@Component(service = {})
@Command(name = "workflow")
@Roles(read = Role.VIEWER, change = Role.ADMIN)
public class WorkflowCommands {
    private final Workflows workflows;
    private final Campaigns campaigns;
    private final Scope scope;

    @Activate
    public WorkflowCommands(@Reference Workflows workflows, @Reference Campaigns campaigns, BundleContext context) {
        this.workflows = workflows;
        this.campaigns = campaigns;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "show", description = "show a campaign's workflow: id, label, phase, enabled, required, linked,"
            + " custom, available, count")
    @Example("workflow:show spring")
    public WorkflowTable show(@Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return new WorkflowTable(campaigns.board(campaign));
    }

    @Command(name = "enable", description = "enable a stage (its linked partner follows)")
    @Example("workflow:enable spring draft")
    public Toggled enable(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<stage>", description = "stage id") String stage) {
        return new Toggled(campaign, workflows.setEnabled(campaign, stage, true, change.origin(null)),
                change.dryRun());
    }

    @Command(name = "disable", description = "disable a stage (its linked partner follows); live campaigns: only"
            + " stages nobody entered")
    @Example("workflow:disable spring invited")
    public Toggled disable(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<stage>", description = "stage id") String stage) {
        return new Toggled(campaign, workflows.setEnabled(campaign, stage, false, change.origin(null)),
                change.dryRun());
    }

    @Command(name = "insert", description = "insert a custom stage (from an extension bundle) after a stage; draft"
            + " campaigns only")
    @Example("workflow:insert spring negotiation --after applied")
    public Layout insert(@Mixin Change change,
            @Option(names = "--after", paramLabel = "<stage>", required = true, description = "the stage it follows")
            String after,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<new-stage>", description = "custom stage id, not in the"
                    + " workflow yet") String stage) {
        return new Layout("inserted", stage, after, workflows.insertStage(campaign, stage, after,
                change.origin(null)), change.dryRun());
    }

    @Command(name = "remove", description = "remove a custom stage nobody is in; draft campaigns only")
    @Example("workflow:remove spring negotiation")
    public Layout remove(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<custom-stage>", description = "custom stage id, in the"
                    + " workflow") String stage) {
        return new Layout("removed", stage, null, workflows.removeStage(campaign, stage, change.origin(null)),
                change.dryRun());
    }

    @Command(name = "validate", description = "check a campaign's workflow; fails listing each problem with its rule")
    @Example("workflow:validate spring")
    public Problems validate(@Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return new Problems(Problems.Check.WORKFLOW, campaign, workflows.validate(campaign));
    }
}
