package stageflow.shell.command;

import static stageflow.shell.command.CampaignCommands.CAMPAIGN;

import java.util.List;

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
import stageflow.api.ContentType;
import stageflow.api.DeliverableKind;
import stageflow.api.DeliverableSpec;
import stageflow.api.Deliverables;
import stageflow.api.WorkflowException;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Scope;
import stageflow.shell.cli.Selecting;
import stageflow.shell.result.Results.DeliverableEdited;
import stageflow.shell.result.Results.DeliverableList;

/** Scope {@code deliverable}: what influencers deliver (workflow-spec D-1..D-8). */
@Component(service = {})
@Command(name = "deliverable")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class DeliverableCommands {
    private static final String OWNER = "influencer id, or --campaign";

    /** The fields of a deliverable (D-1), for assign and edit: a picocli mixin. */
    public static final class Fields {
        @Option(names = "--content-type", paramLabel = "<type>",
                description = "content type, for content: instagram, tiktok, youtube, ...")
        String contentType;

        @Option(names = "--count", paramLabel = "N", description = "number of posts, for content (default 1)")
        String count;

        @Option(names = "--url", paramLabel = "<url>", description = "URL to share, for amplify")
        String url;

        @Option(names = "--due", paramLabel = "<yyyy-mm-dd>", description = "due date")
        String due;

        @Option(names = "--description", paramLabel = "<text>", description = "what is expected")
        String description;

        /** What was given; an option given empty counts as not given. */
        DeliverableSpec spec(String kind) {
            return new DeliverableSpec(given(kind) == null ? null : DeliverableKind.fromId(kind),
                    given(contentType) == null ? null : ContentType.fromId(contentType),
                    Selecting.number("--count", count), given(url), given(due), given(description));
        }

        private static String given(String value) {
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** Whose deliverables, and whether a lock is overridden (D-7): a picocli mixin. */
    public static final class Owner {
        @Option(names = "--campaign", description = "the campaign-level list (reaches influencers whose deliverables"
                + " are open)")
        boolean campaignLevel;

        @Option(names = "--override-lock", description = "change a locked deliverable (needs --reason; D-7)")
        boolean override;

        @Option(names = "--reason", paramLabel = "<text>", description = "why, for the history")
        String reason;

        /** The arguments after the campaign: an influencer (unless --campaign), then {@code rest} more. */
        List<String> args(List<String> args, int rest, String what) {
            List<String> given = args == null ? List.of() : args;
            int expected = (campaignLevel ? 0 : 1) + rest;
            if (given.size() != expected) {
                throw WorkflowException.invalid("expected " + (campaignLevel ? "" : "<influencer> ") + what
                        + (campaignLevel ? " with --campaign" : " (or --campaign instead of the influencer)")
                        + "; the command's --help shows the usage");
            }
            return given;
        }

        String influencer(List<String> args) {
            return campaignLevel ? null : args.get(0);
        }
    }

    private final Deliverables deliverables;
    private final Scope scope;

    @Activate
    public DeliverableCommands(@Reference Deliverables deliverables, BundleContext context) {
        this.deliverables = deliverables;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "assign", description = "assign a deliverable (content, amplify, review) to an influencer or the"
            + " campaign; prints its id")
    @Example({
            "deliverable:assign spring ana content --content-type instagram --count 2 --due 2026-12-01",
            "deliverable:assign spring --campaign review --description \"honest review\"" })
    public DeliverableEdited assign(@Mixin Change change, @Mixin Owner owner, @Mixin Fields fields,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer> <kind>",
                    description = OWNER + ", then the kind: content, amplify or review") List<String> rest) {
        List<String> args = owner.args(rest, 1, "<kind>");
        return new DeliverableEdited("assigned", deliverables.assign(campaign, owner.influencer(args),
                fields.spec(args.get(args.size() - 1)), change.origin(owner.reason), owner.override));
    }

    @Command(name = "edit", description = "change a deliverable's fields (only the options given)")
    @Example({
            "deliverable:edit spring ana d1 --count 3",
            "deliverable:edit spring ana d1 --due 2026-12-15 --override-lock --reason \"shipping delay\"" })
    public DeliverableEdited edit(@Mixin Change change, @Mixin Owner owner, @Mixin Fields fields,
            @Option(names = "--kind", paramLabel = "<kind>", description = "kind: content, amplify, review") String kind,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer> <deliverable>",
                    description = OWNER + ", then the deliverable id") List<String> rest) {
        List<String> args = owner.args(rest, 1, "<deliverable>");
        return new DeliverableEdited("changed", deliverables.edit(campaign, owner.influencer(args),
                args.get(args.size() - 1), fields.spec(kind), change.origin(owner.reason), owner.override));
    }

    @Command(name = "remove", description = "remove a deliverable")
    @Example("deliverable:remove spring --campaign d2")
    public DeliverableEdited remove(@Mixin Change change, @Mixin Owner owner,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer> <deliverable>",
                    description = OWNER + ", then the deliverable id") List<String> rest) {
        List<String> args = owner.args(rest, 1, "<deliverable>");
        return new DeliverableEdited("removed", deliverables.remove(campaign, owner.influencer(args),
                args.get(args.size() - 1), change.origin(owner.reason), owner.override));
    }

    @Command(name = "list", description = "list an influencer's deliverables, or the campaign-level list")
    @Example({ "deliverable:list spring ana", "deliverable:list spring --campaign" })
    public DeliverableList list(
            @Option(names = "--campaign", description = "the campaign-level list") boolean campaignLevel,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", arity = "0..1", paramLabel = "<influencer>",
                    description = "influencer id (omit with --campaign)") String influencer) {
        if (campaignLevel == (influencer != null)) {
            throw WorkflowException.invalid("name an influencer or --campaign, one of them; deliverable:list --help"
                    + " shows the usage");
        }
        return new DeliverableList(deliverables.list(campaign, influencer));
    }

    @Command(name = "complete", description = "record a deliverable's published content (participants phase, live"
            + " campaigns); the last one in content-creation moves the influencer on")
    @Example("deliverable:complete spring ana d1 --url https://instagram.com/p/abc")
    public DeliverableCompletion complete(@Mixin Change change,
            @Option(names = "--url", paramLabel = "<url>", description = "URL of the published post") String url,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = "influencer id") String influencer,
            @Parameters(index = "2", paramLabel = "<deliverable>", description = "deliverable id") String deliverable) {
        return deliverables.complete(campaign, influencer, deliverable, url == null || url.isEmpty() ? null : url,
                change.origin(null));
    }
}
