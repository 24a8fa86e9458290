package stageflow.shell.result;

import java.util.List;

import stageflow.api.webhook.DeliveryView;
import stageflow.api.webhook.WebhookCreated;
import stageflow.api.webhook.WebhookEndpoint;

/** What the {@code webhook:} commands return; rendered as text or JSON in one place each. */
public final class WebhookResults {
    private WebhookResults() {
    }

    public record WebhookAdded(WebhookCreated created, boolean dryRun) {
    }

    public record WebhookRemoved(String id, boolean dryRun) {
    }

    public record WebhookList(List<WebhookEndpoint> endpoints) {
    }

    public record DeliveryList(List<DeliveryView> deliveries) {
    }

    public record TestQueued(DeliveryView delivery, boolean dryRun) {
    }

    public record Replayed(String endpoint, int queued, boolean dryRun) {
    }
}
