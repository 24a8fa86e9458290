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
import stageflow.api.DraftOutcome;
import stageflow.api.Drafts;
import stageflow.api.dto.DraftResult;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Scope;
import stageflow.shell.result.Results.Moved;

/** Scope {@code draft}: drafts of deliverables and their review (workflow-spec D-9). */
@Component(service = {})
@Command(name = "draft")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class DraftCommands {
    private final Drafts drafts;
    private final Scope scope;

    @Activate
    public DraftCommands(@Reference Drafts drafts, BundleContext context) {
        this.drafts = drafts;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "submit", description = "record a draft of a deliverable (influencer in draft, live campaign);"
            + " all drafted -> draft-review")
    @Example("draft:submit spring ana d1 --url https://drive.example/draft1")
    public DraftResult submit(@Mixin Change change,
            @Option(names = "--url", paramLabel = "<url>", description = "URL of the draft") String url,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = "influencer id") String influencer,
            @Parameters(index = "2", paramLabel = "<deliverable>", description = "deliverable id") String deliverable) {
        return drafts.submit(campaign, influencer, deliverable, url == null || url.isEmpty() ? null : url,
                change.origin(null));
    }

    @Command(name = "review", description = "review the draft in review: approved, approved-with-corrections or"
            + " needs-work")
    @Example("draft:review spring ana d1 needs-work --comment \"show the product\"")
    public DraftResult review(@Mixin Change change,
            @Option(names = "--comment", paramLabel = "<text>", description = "what the influencer should know")
            String comment,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = "influencer id") String influencer,
            @Parameters(index = "2", paramLabel = "<deliverable>", description = "deliverable id") String deliverable,
            @Parameters(index = "3", paramLabel = "<outcome>",
                    description = "approved, approved-with-corrections or needs-work") String outcome) {
        return drafts.review(campaign, influencer, deliverable, DraftOutcome.fromId(outcome),
                comment == null || comment.isEmpty() ? null : comment, change.origin(null));
    }

    @Command(name = "approve", description = "approve an influencer's drafts: draft-review -> next enabled stage"
            + " (every draft approved)")
    @Example("draft:approve spring ana")
    public Moved approve(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = "influencer id") String influencer) {
        return new Moved(drafts.approve(campaign, influencer, change.origin(null)), change.dryRun());
    }
}
