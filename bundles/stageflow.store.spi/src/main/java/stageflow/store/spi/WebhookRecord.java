package stageflow.store.spi;

import java.util.List;

/**
 * A webhook endpoint (workflow-spec E-2, W-): where its deliveries go, the secret they are signed with, and the
 * event types it takes.
 *
 * @param secret  the signing secret as given to the receiver ({@code whsec_<base64>})
 * @param created epoch milliseconds
 */
public record WebhookRecord(String id, String url, String secret, List<String> events, long created) {
    public WebhookRecord {
        events = List.copyOf(events);
    }

    /** Never the secret: a record may end up in a log. */
    @Override
    public String toString() {
        return "WebhookRecord[id=" + id + ", url=" + url + ", events=" + events + ", created=" + created + "]";
    }
}
