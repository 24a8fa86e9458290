package stageflow.shell.command;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.DraftOutcome;
import stageflow.api.Drafts;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = DraftCommands.class)
@GogoCommand(scope = "draft", function = { "submit", "review", "approve", "help" })
public class DraftCommands extends ScopeCommands {

    private final Drafts drafts;

    @Activate
    public DraftCommands(@Reference Drafts drafts) {
        super("draft");
        this.drafts = drafts;
    }

    @Descriptor("record a draft of a deliverable (influencer in draft, live campaign); all drafted -> draft-review")
    public String submit(
            @Descriptor("URL of the draft") @Parameter(names = "--url", absentValue = "") String url,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer,
            @Descriptor("deliverable id") String deliverable) {
        var result = drafts.submit(campaign, influencer, deliverable, emptyToNull(url), origin(null, dryRun));
        return json ? Json.draft(result) : Text.draft(result);
    }

    @Descriptor("review the draft in review: approved, approved-with-corrections or needs-work")
    public String review(
            @Descriptor("what the influencer should know") @Parameter(names = "--comment", absentValue = "") String comment,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer,
            @Descriptor("deliverable id") String deliverable,
            @Descriptor("approved, approved-with-corrections or needs-work") String outcome) {
        var result = drafts.review(campaign, influencer, deliverable, DraftOutcome.fromId(outcome),
                emptyToNull(comment), origin(null, dryRun));
        return json ? Json.draft(result) : Text.draft(result);
    }

    @Descriptor("approve an influencer's drafts: draft-review -> next enabled stage (every draft approved)")
    public String approve(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer) {
        return InfluencerCommands.single(drafts.approve(campaign, influencer, origin(null, dryRun)), dryRun,
                json);
    }
}
