package stageflow.shell.command;

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
import stageflow.api.access.Role;
import stageflow.api.webhook.Webhooks;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.result.WebhookResults.DeliveryList;
import stageflow.shell.result.WebhookResults.Replayed;
import stageflow.shell.result.WebhookResults.TestQueued;
import stageflow.shell.result.WebhookResults.WebhookAdded;
import stageflow.shell.result.WebhookResults.WebhookList;
import stageflow.shell.result.WebhookResults.WebhookRemoved;

/**
 * Scope {@code webhook}: endpoints that receive every stage change, signed, at least once and in order (workflow-spec
 * E-2, W-). Admin only: an endpoint learns everything about a campaign's influencers.
 */
@Component(service = {})
@Command(name = "webhook")
@Roles(read = Role.ADMIN, change = Role.ADMIN)
public class WebhookCommands {
    private static final String ENDPOINT = "webhook id (w1, ...; webhook:list shows them)";

    private final Webhooks webhooks;
    private final Scope scope;

    @Activate
    public WebhookCommands(@Reference Webhooks webhooks, BundleContext context) {
        this.webhooks = webhooks;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "add", description = "send every stage change to this URL, signed (Standard Webhooks); prints"
            + " the endpoint's id and its signing secret, shown this once")
    @Example({ "webhook:add https://hooks.example.com/stageflow", "webhook:add http://127.0.0.1:9000/in --events"
            + " stage.changed" })
    public WebhookAdded add(@Mixin Change change,
            @Parameters(paramLabel = "<url>", description = "http(s)://host[:port]/path") String url,
            @Option(names = "--events", paramLabel = "<types>", split = ",",
                    description = "event types, comma-separated (default: every type): stage.changed,"
                            + " incentive.changed")
            List<String> events) {
        return new WebhookAdded(webhooks.add(url, events, change.origin(null)), change.dryRun());
    }

    @Command(name = "list", description = "list the endpoints: URL, event types, status and pending deliveries")
    @Example("webhook:list")
    public WebhookList list() {
        return new WebhookList(webhooks.list());
    }

    @Command(name = "remove", description = "remove an endpoint with its outbox: nothing more goes to it")
    @Example("webhook:remove w1")
    public WebhookRemoved remove(@Mixin Change change,
            @Parameters(paramLabel = "<id>", description = ENDPOINT) String id) {
        webhooks.remove(id, change.origin(null));
        return new WebhookRemoved(id, change.dryRun());
    }

    @Command(name = "test", description = "queue a webhook.test event for an endpoint, after what is queued for it")
    @Example("webhook:test w1")
    public TestQueued test(@Mixin Change change, @Parameters(paramLabel = "<id>", description = ENDPOINT) String id) {
        return new TestQueued(webhooks.test(id, change.origin(null)), change.dryRun());
    }

    @Command(name = "deliveries", description = "list deliveries in outbox order: status, attempts, last HTTP"
            + " status, next attempt")
    @Example({ "webhook:deliveries", "webhook:deliveries w1 --failed --json" })
    public DeliveryList deliveries(
            @Parameters(arity = "0..1", paramLabel = "<id>", description = "only this endpoint's") String id,
            @Option(names = "--failed", description = "only failed deliveries") boolean failed) {
        return new DeliveryList(webhooks.deliveries(id, failed));
    }

    /** Exactly one of the two ways to say what to send again. */
    static final class What {
        @Option(names = "--since", paramLabel = "<seq>", required = true,
                description = "every delivery reporting a journal entry with this seq or a later one")
        Long since;

        @Option(names = "--delivery", paramLabel = "<delivery>", required = true,
                description = "one delivery, by its id (webhook:deliveries shows them)")
        String delivery;
    }

    @Command(name = "replay", description = "send delivered or failed deliveries again, with their ids, in order")
    @Example({ "webhook:replay w1 --since 1", "webhook:replay w1 --delivery 3f2a..." })
    public Replayed replay(@Mixin Change change, @Parameters(paramLabel = "<id>", description = ENDPOINT) String id,
            @ArgGroup(exclusive = true, multiplicity = "1") What what) {
        return new Replayed(id, webhooks.replay(id, what.since, what.delivery, change.origin(null)), change.dryRun());
    }
}
