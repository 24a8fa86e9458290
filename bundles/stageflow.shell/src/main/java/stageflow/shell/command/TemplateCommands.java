package stageflow.shell.command;

import static stageflow.shell.command.CampaignCommands.CAMPAIGN;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stageflow.api.Ids;
import stageflow.api.WorkflowException;
import stageflow.api.access.Role;
import stageflow.api.message.Messages;
import stageflow.api.message.TemplateChange;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.cli.Session;
import stageflow.shell.result.MessageResults.MessagesQueued;
import stageflow.shell.result.MessageResults.Preview;
import stageflow.shell.result.MessageResults.TemplateList;
import stageflow.shell.result.MessageResults.TemplateSet;
import stageflow.shell.result.MessageResults.TemplateShown;

/** Scope {@code template}: a campaign's message templates, and sending one by hand (workflow-spec M-1..M-3). */
@Component(service = {})
@Command(name = "template")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class TemplateCommands {
    private static final String TEMPLATE = "template id (template:list shows them)";

    private final Messages messages;
    private final Scope scope;

    @Activate
    public TemplateCommands(@Reference Messages messages, BundleContext context) {
        this.messages = messages;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "list", description = "list a campaign's templates: the defaults of M-2 and its own, with"
            + " stage, delivery and subject")
    @Example("template:list spring")
    public TemplateList list(@Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return new TemplateList(campaign, messages.templates(campaign));
    }

    @Command(name = "show", description = "show a template: stage, delivery, subject and body")
    @Example("template:show spring invitation")
    public TemplateShown show(@Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<template>", description = TEMPLATE) String template) {
        return new TemplateShown(messages.template(campaign, template));
    }

    /** The body typed on the line, or read from a file: one of the two. */
    static final class Body {
        @Option(names = "--body", paramLabel = "<text>", required = true,
                description = "the body, with merge fields such as {{first_name}}")
        String text;

        @Option(names = "--body-file", paramLabel = "<file>", required = true,
                description = "a UTF-8 text file on the server holding the body (admin: it reads a server file)")
        String file;
    }

    @Command(name = "set", description = "change a template, or create one: what is not given stays; merge fields"
            + " are {{first_name}}, {{last_name}}, {{name}}, {{email}}, {{influencer_id}}, {{campaign}}, {{stage}},"
            + " {{due_date}}")
    @Example({ "template:set spring invitation --subject \"Join {{campaign}}, {{first_name}}\"",
            "template:set spring reminder --delivery date-based --days -3 --subject \"Due soon\" --body \"Hi"
                    + " {{first_name}}, your post is due on {{due_date}}.\"" })
    public TemplateSet set(@Mixin Change change, @Mixin Session session,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<template>", description = "template id; a new id creates one")
            String template,
            @Option(names = "--stage", paramLabel = "<stage>", description = "the stage it is bound to") String stage,
            @Option(names = "--delivery", paramLabel = "<delivery>",
                    description = "manual, stage-entry, date-based or needs-work") String delivery,
            @Option(names = "--days", paramLabel = "<+/-N>",
                    description = "date-based: days after (+N) or before (-N) a deliverable's due date") Integer days,
            @Option(names = "--subject", paramLabel = "<text>", description = "the subject, one line") String subject,
            @ArgGroup(exclusive = true) Body body) {
        String text = body == null ? null : body.file != null ? read(session.path(body.file)) : body.text;
        return new TemplateSet(messages.set(campaign, template, new TemplateChange(stage, delivery, days, subject,
                text), change.origin(null)), change.dryRun());
    }

    @Command(name = "send", description = "send a template to influencers now (queued for the mail server); always"
            + " possible while the campaign is live, even when it was sent before")
    @Example("template:send spring invitation ana ben")
    public MessagesQueued send(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<template>", description = TEMPLATE) String template,
            @Parameters(index = "2..*", arity = "0..*", paramLabel = "<influencer>", description = "influencer ids")
            List<String> influencers) {
        return new MessagesQueued(messages.send(campaign, template, influencers == null ? List.of() : influencers,
                change.origin(null)), change.dryRun());
    }

    @Command(name = "preview", description = "show a template rendered for one influencer; nothing is queued")
    @Example("template:preview spring invitation ana")
    public Preview preview(@Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<template>", description = TEMPLATE) String template,
            @Parameters(index = "2", paramLabel = "<influencer>", description = "influencer id") String influencer) {
        return new Preview(influencer, messages.preview(campaign, template, influencer));
    }

    /** A body file as text: missing, too long or not UTF-8 is one line, and nothing is read past the limit. */
    private static String read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw WorkflowException.invalid("no file '" + Ids.shorten(file.toString()) + "'; --body-file names a"
                        + " text file on the machine Stageflow runs on");
            }
            long size = Files.size(file);
            if (size > 4L * Messages.LONGEST_BODY) {
                throw WorkflowException.refused("M-3", "a body is 1 to " + Messages.LONGEST_BODY + " characters; "
                        + Ids.shorten(file.toString()) + " has " + size + " bytes");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw WorkflowException.invalid(Ids.shorten(file.toString()) + " is not UTF-8 text");
        } catch (IOException e) {
            throw WorkflowException.invalid("cannot read '" + Ids.shorten(file.toString()) + "': " + e.getMessage());
        }
    }
}
