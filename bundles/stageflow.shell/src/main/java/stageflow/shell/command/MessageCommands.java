package stageflow.shell.command;

import static stageflow.shell.command.CampaignCommands.CAMPAIGN;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stageflow.api.access.Role;
import stageflow.api.message.Messages;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.result.MessageResults.MessageList;

/** Scope {@code message}: what was queued for influencers, and what became of it (workflow-spec M-3). */
@Component(service = {})
@Command(name = "message")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class MessageCommands {
    private final Messages messages;
    private final Scope scope;

    @Activate
    public MessageCommands(@Reference Messages messages, BundleContext context) {
        this.messages = messages;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "list", description = "list a campaign's messages in the order they were queued: template,"
            + " influencer, address, subject, status (queued, sent, failed), attempts")
    @Example({ "message:list spring", "message:list spring ana --status failed" })
    public MessageList list(@Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", arity = "0..1", paramLabel = "<influencer>", description = "only this"
                    + " influencer's") String influencer,
            @Option(names = "--status", paramLabel = "<status>", description = "queued, sent or failed") String status) {
        return new MessageList(messages.messages(campaign, influencer, status));
    }
}
