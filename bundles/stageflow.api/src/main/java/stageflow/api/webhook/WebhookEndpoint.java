package stageflow.api.webhook;

import java.util.List;

/**
 * An endpoint as listed: never its secret.
 *
 * @param status  {@code active}, or {@code retrying} while its oldest pending delivery has been tried and not taken
 * @param pending deliveries waiting for it
 */
public record WebhookEndpoint(String id, String url, List<String> events, String status, long pending) {
    public WebhookEndpoint {
        events = List.copyOf(events);
    }
}
