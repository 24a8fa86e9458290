package stageflow.shell.command;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import stageflow.api.CampaignStatus;
import stageflow.api.Campaigns;
import stageflow.api.StatusChange;
import stageflow.api.access.Role;
import stageflow.api.dto.Board;
import stageflow.api.incentive.Incentives;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.result.IncentiveResults.Budget;
import stageflow.shell.result.Results.CampaignChanged;
import stageflow.shell.result.Results.CampaignList;

/** Scope {@code campaign}: campaigns and their status (workflow-spec A-). */
@Component(service = {})
@Command(name = "campaign")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class CampaignCommands {
    static final String CAMPAIGN = "campaign id";

    private final Campaigns campaigns;
    private final Incentives incentives;
    private final Scope scope;

    @Activate
    public CampaignCommands(@Reference Campaigns campaigns, @Reference Incentives incentives, BundleContext context) {
        this.campaigns = campaigns;
        this.incentives = incentives;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "create", description = "create a campaign (status draft) with the 13 default stages")
    @Example("campaign:create spring --name \"Spring launch\"")
    public CampaignChanged create(@Mixin Change change,
            @Option(names = "--name", paramLabel = "<text>", description = "display name (default: the id)") String name,
            @Parameters(paramLabel = "<campaign>", description = "campaign id, [A-Za-z0-9._-]{1,64}") String campaign) {
        return new CampaignChanged("created", campaigns.create(campaign, name == null || name.isEmpty() ? null : name,
                change.origin(null)), change.dryRun());
    }

    @Command(name = "list", description = "list campaigns")
    @Example({ "campaign:list", "campaign:list --status live --json" })
    public CampaignList list(@Option(names = "--status", paramLabel = "<status>",
            description = "only campaigns in this status: draft, live, paused, archived") String status) {
        return new CampaignList(campaigns.list(status == null ? null : CampaignStatus.fromId(status)));
    }

    @Command(name = "budget", description = "the incentives with an amount: totals per currency and status (draft,"
            + " pending, ready, fulfilled, rejected)")
    @Example("campaign:budget spring")
    public Budget budget(@Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return new Budget(campaign, incentives.budget(campaign));
    }

    @Command(name = "show", description = "show a campaign's status and its board: each stage in order with its count")
    @Example("campaign:show spring")
    public Board show(@Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return campaigns.board(campaign);
    }

    @Command(name = "launch", description = "launch a draft campaign (draft -> live)")
    @Example("campaign:launch spring")
    public CampaignChanged launch(@Mixin Change change,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return status(campaign, StatusChange.LAUNCH, change);
    }

    @Command(name = "pause", description = "pause a live campaign (live -> paused)")
    @Example("campaign:pause spring")
    public CampaignChanged pause(@Mixin Change change,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return status(campaign, StatusChange.PAUSE, change);
    }

    @Command(name = "resume", description = "resume a paused campaign (paused -> live)")
    @Example("campaign:resume spring")
    public CampaignChanged resume(@Mixin Change change,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return status(campaign, StatusChange.RESUME, change);
    }

    @Command(name = "archive", description = "archive a paused campaign (paused -> archived); nothing in it changes"
            + " afterwards")
    @Example("campaign:archive spring")
    public CampaignChanged archive(@Mixin Change change,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return status(campaign, StatusChange.ARCHIVE, change);
    }

    @Command(name = "restore", description = "restore an archived campaign (archived -> paused)")
    @Example("campaign:restore spring")
    public CampaignChanged restore(@Mixin Change change,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return status(campaign, StatusChange.RESTORE, change);
    }

    @Command(name = "delete", description = "delete a draft campaign with everything in it")
    @Example("campaign:delete spring --dry-run")
    public CampaignChanged delete(@Mixin Change change,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return new CampaignChanged("deleted", campaigns.delete(campaign, change.origin(null)), change.dryRun());
    }

    private CampaignChanged status(String campaign, StatusChange status, Change change) {
        return new CampaignChanged("", campaigns.changeStatus(campaign, status, change.origin(null)),
                change.dryRun());
    }
}
