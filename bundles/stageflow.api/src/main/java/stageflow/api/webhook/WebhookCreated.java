package stageflow.api.webhook;

/** A new endpoint and its signing secret ({@code whsec_<base64>}), which is shown this once. */
public record WebhookCreated(WebhookEndpoint endpoint, String secret) {
}
