package stageflow.shell.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import stageflow.api.webhook.DeliveryView;
import stageflow.api.webhook.WebhookEndpoint;
import stageflow.shell.result.WebhookResults.DeliveryList;
import stageflow.shell.result.WebhookResults.WebhookAdded;
import stageflow.shell.result.WebhookResults.WebhookList;

/** The webhook scope's answers as the console shows them. */
final class WebhookText {
    private WebhookText() {
    }

    static String added(WebhookAdded a) {
        WebhookEndpoint e = a.created().endpoint();
        if (a.dryRun()) {
            return "added " + e.id() + ": " + e.url() + " (" + events(e) + ")" + TextFormat.dryRun(true)
                    + "\nno secret: nothing was stored";
        }
        return "added " + e.id() + ": " + e.url() + " (" + events(e) + ")"
                + "\nsecret: " + a.created().secret() + " (shown this once: the receiver checks every delivery's"
                + " signature with it)";
    }

    static String list(WebhookList list) {
        if (list.endpoints().isEmpty()) {
            return "(no webhooks; webhook:add <url> adds one)";
        }
        List<List<Object>> rows = new ArrayList<>();
        list.endpoints().forEach(e -> rows.add(List.of(e.id(), e.url(), events(e), e.status(), e.pending())));
        return Tables.table(List.of("ID", "URL", "EVENTS", "STATUS", "PENDING"), rows);
    }

    static String deliveries(DeliveryList list) {
        if (list.deliveries().isEmpty()) {
            return "(no deliveries)";
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DeliveryView d : list.deliveries()) {
            rows.add(List.of(d.delivery(), d.endpoint(), d.type(), d.seq() == 0 ? "-" : d.campaign() + "#" + d.seq(),
                    d.status(), d.attempts(), d.lastStatus() == 0 ? "-" : d.lastStatus(),
                    d.next() == 0 ? "-" : Instant.ofEpochMilli(d.next()).toString()));
        }
        return Tables.table(List.of("DELIVERY", "ENDPOINT", "TYPE", "ENTRY", "STATUS", "ATTEMPTS", "LAST", "NEXT"),
                rows);
    }

    private static String events(WebhookEndpoint e) {
        return e.events().isEmpty() ? "every event" : String.join(",", e.events());
    }
}
