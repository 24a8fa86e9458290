package stageflow.shell.command;

import java.util.List;

import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.ContentType;
import stageflow.api.DeliverableKind;
import stageflow.api.DeliverableSpec;
import stageflow.api.Deliverables;
import stageflow.api.WorkflowException;
import stageflow.api.dto.DeliverableChange;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = DeliverableCommands.class)
@GogoCommand(scope = "deliverable", function = { "assign", "edit", "remove", "list", "complete", "help" })
public class DeliverableCommands extends ScopeCommands {
    private static final String CAMPAIGN = "the campaign-level list (reaches influencers whose deliverables are open)";
    private static final String OVERRIDE = "change a locked deliverable (needs --reason; D-7)";
    private static final String OWNER = "influencer id, or --campaign";

    private final Deliverables deliverables;

    @Activate
    public DeliverableCommands(@Reference Deliverables deliverables) {
        super("deliverable");
        this.deliverables = deliverables;
    }

    @Descriptor("assign a deliverable (content, amplify, review) to an influencer or the campaign; prints its id")
    public String assign(
            @Descriptor(CAMPAIGN) @Parameter(names = "--campaign", presentValue = "true", absentValue = "false") boolean campaignLevel,
            @Descriptor("content type, for content: instagram, tiktok, youtube, ...") @Parameter(names = "--content-type", absentValue = "") String contentType,
            @Descriptor("number of posts, for content (default 1)") @Parameter(names = "--count", absentValue = "") String count,
            @Descriptor("URL to share, for amplify") @Parameter(names = "--url", absentValue = "") String url,
            @Descriptor("due date, yyyy-mm-dd") @Parameter(names = "--due", absentValue = "") String due,
            @Descriptor("what is expected") @Parameter(names = "--description", absentValue = "") String description,
            @Descriptor(OVERRIDE) @Parameter(names = "--override-lock", presentValue = "true", absentValue = "false") boolean override,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor(OWNER + ", then the kind: content, amplify or review") String... ownerAndKind) {
        List<String> args = owner(campaignLevel, ownerAndKind, 1, "<kind>");
        DeliverableSpec spec = spec(args.get(args.size() - 1), contentType, count, url, due, description);
        DeliverableChange change = deliverables.assign(campaign, influencer(campaignLevel, args), spec,
                origin(reason, dryRun), override);
        return json ? Json.deliverableChange(change) : Text.deliverableChange("assigned", change);
    }

    @Descriptor("change a deliverable's fields (only the options given)")
    public String edit(
            @Descriptor(CAMPAIGN) @Parameter(names = "--campaign", presentValue = "true", absentValue = "false") boolean campaignLevel,
            @Descriptor("kind: content, amplify, review") @Parameter(names = "--kind", absentValue = "") String kind,
            @Descriptor("content type") @Parameter(names = "--content-type", absentValue = "") String contentType,
            @Descriptor("number of posts") @Parameter(names = "--count", absentValue = "") String count,
            @Descriptor("URL to share") @Parameter(names = "--url", absentValue = "") String url,
            @Descriptor("due date, yyyy-mm-dd") @Parameter(names = "--due", absentValue = "") String due,
            @Descriptor("what is expected") @Parameter(names = "--description", absentValue = "") String description,
            @Descriptor(OVERRIDE) @Parameter(names = "--override-lock", presentValue = "true", absentValue = "false") boolean override,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor(OWNER + ", then the deliverable id") String... ownerAndId) {
        List<String> args = owner(campaignLevel, ownerAndId, 1, "<deliverable>");
        DeliverableSpec changes = spec(kind, contentType, count, url, due, description);
        DeliverableChange change = deliverables.edit(campaign, influencer(campaignLevel, args),
                args.get(args.size() - 1), changes, origin(reason, dryRun), override);
        return json ? Json.deliverableChange(change) : Text.deliverableChange("changed", change);
    }

    @Descriptor("remove a deliverable")
    public String remove(
            @Descriptor(CAMPAIGN) @Parameter(names = "--campaign", presentValue = "true", absentValue = "false") boolean campaignLevel,
            @Descriptor(OVERRIDE) @Parameter(names = "--override-lock", presentValue = "true", absentValue = "false") boolean override,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor(OWNER + ", then the deliverable id") String... ownerAndId) {
        List<String> args = owner(campaignLevel, ownerAndId, 1, "<deliverable>");
        DeliverableChange change = deliverables.remove(campaign, influencer(campaignLevel, args),
                args.get(args.size() - 1), origin(reason, dryRun), override);
        return json ? Json.deliverableChange(change) : Text.deliverableChange("removed", change);
    }

    @Descriptor("list an influencer's deliverables, or the campaign-level list")
    public String list(
            @Descriptor(CAMPAIGN) @Parameter(names = "--campaign", presentValue = "true", absentValue = "false") boolean campaignLevel,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id (omit with --campaign)") String... influencer) {
        List<String> args = owner(campaignLevel, influencer, 0, "");
        var list = deliverables.list(campaign, influencer(campaignLevel, args));
        return json ? Json.deliverables(list) : Text.deliverables(list);
    }

    @Descriptor("record a deliverable's published content (participants phase, live campaigns); the last one in"
            + " content-creation moves the influencer on")
    public String complete(
            @Descriptor("URL of the published post") @Parameter(names = "--url", absentValue = "") String url,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer,
            @Descriptor("deliverable id") String deliverable) {
        var done = deliverables.complete(campaign, influencer, deliverable, emptyToNull(url),
                origin(null, dryRun));
        return json ? Json.completion(done) : Text.completion(done);
    }

    /** The arguments after the campaign: an influencer (unless --campaign), then {@code rest} more. */
    private static List<String> owner(boolean campaignLevel, String[] args, int rest, String what) {
        int expected = (campaignLevel ? 0 : 1) + rest;
        if (args.length != expected) {
            throw WorkflowException.invalid("expected " + (campaignLevel ? "" : "<influencer> ") + what
                    + (campaignLevel ? " with --campaign" : " (or --campaign instead of the influencer)")
                    + "; help deliverable:<command> shows the usage");
        }
        return List.of(args);
    }

    private static String influencer(boolean campaignLevel, List<String> args) {
        return campaignLevel ? null : args.get(0);
    }

    private static DeliverableSpec spec(String kind, String contentType, String count, String url, String due,
            String description) {
        return new DeliverableSpec(kind.isEmpty() ? null : DeliverableKind.fromId(kind),
                contentType.isEmpty() ? null : ContentType.fromId(contentType), count("--count", count),
                emptyToNull(url), emptyToNull(due), emptyToNull(description));
    }
}
