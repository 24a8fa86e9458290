package stageflow.shell.command;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.CampaignStatus;
import stageflow.api.StatusChange;
import stageflow.api.Campaigns;
import stageflow.api.dto.CampaignSummary;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = CampaignCommands.class)
@GogoCommand(scope = "campaign", function = { "create", "list", "show", "launch", "pause", "resume", "archive",
        "restore", "delete", "help" })
public class CampaignCommands extends ScopeCommands {

    private final Campaigns campaigns;

    @Activate
    public CampaignCommands(@Reference Campaigns campaigns) {
        super("campaign");
        this.campaigns = campaigns;
    }

    @Descriptor("create a campaign (status draft) with the 13 default stages")
    public String create(
            @Descriptor("display name (default: the id)") @Parameter(names = "--name", absentValue = "") String name,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id, [A-Za-z0-9._-]{1,64}") String campaign) {
        CampaignSummary created = campaigns.create(campaign, emptyToNull(name), origin(null, dryRun));
        return json ? Json.campaignSummary(created) : "created " + Text.campaign(created) + Text.dryRunNote(dryRun);
    }

    @Descriptor("list campaigns")
    public String list(
            @Descriptor("only campaigns in this status: draft, live, paused, archived") @Parameter(names = "--status", absentValue = "") String status,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json) {
        var list = campaigns.list(status.isEmpty() ? null : CampaignStatus.fromId(status));
        return json ? Json.campaigns(list) : Text.campaigns(list);
    }

    @Descriptor("show a campaign's status and its board: each stage in order with its count")
    public String show(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign) {
        var board = campaigns.board(campaign);
        return json ? Json.board(board) : Text.board(board);
    }

    @Descriptor("launch a draft campaign (draft -> live)")
    public String launch(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign) {
        return status(campaign, StatusChange.LAUNCH, dryRun);
    }

    @Descriptor("pause a live campaign (live -> paused)")
    public String pause(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign) {
        return status(campaign, StatusChange.PAUSE, dryRun);
    }

    @Descriptor("resume a paused campaign (paused -> live)")
    public String resume(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign) {
        return status(campaign, StatusChange.RESUME, dryRun);
    }

    @Descriptor("archive a paused campaign (paused -> archived); nothing in it changes afterwards")
    public String archive(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign) {
        return status(campaign, StatusChange.ARCHIVE, dryRun);
    }

    @Descriptor("restore an archived campaign (archived -> paused)")
    public String restore(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign) {
        return status(campaign, StatusChange.RESTORE, dryRun);
    }

    @Descriptor("delete a draft campaign with everything in it")
    public String delete(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor("campaign id") String campaign) {
        CampaignSummary gone = campaigns.delete(campaign, origin(null, dryRun));
        return "deleted " + Text.campaign(gone) + Text.dryRunNote(dryRun);
    }

    private String status(String campaign, StatusChange change, boolean dryRun) {
        return Text.campaign(campaigns.changeStatus(campaign, change, origin(null, dryRun))) + Text.dryRunNote(dryRun);
    }
}
