package stageflow.api.webhook;

import java.util.Map;

/** One delivery to send now: its signed headers (Standard Webhooks) and its body, exactly as to be sent. */
public record Outgoing(String delivery, String endpoint, String url, Map<String, String> headers, String body) {
    public Outgoing {
        headers = Map.copyOf(headers);
    }
}
