package stageflow.api.webhook;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The outbox as the sending bundle sees it: what is due now, signed, and where each attempt's answer goes (W-2,
 * W-3). Only the oldest pending delivery of an endpoint is ever due, so each endpoint receives in journal order.
 */
@ProviderType
public interface WebhookOutbox {
    /** The deliveries due at {@code now}: at most one per endpoint, skipping the endpoints named in {@code busy}. */
    List<Outgoing> due(long now, Set<String> busy);

    /**
     * What an attempt got: the HTTP status, or 0 when there was no answer (refused, timed out). Delivered, retried
     * later or failed as W-3 says.
     */
    DeliveryView report(String delivery, int httpStatus, long now);
}
