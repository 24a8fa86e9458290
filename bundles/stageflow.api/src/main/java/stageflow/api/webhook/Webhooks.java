package stageflow.api.webhook;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.Origin;

/** Webhook endpoints and what was delivered to them (command reference, scope {@code webhook}). */
@ProviderType
public interface Webhooks {
    /** Event type of a stage change or an add (E-2). */
    String STAGE_CHANGED = "stage.changed";
    /** Event type of an incentive's status change (I-2, I-3). */
    String INCENTIVE_CHANGED = "incentive.changed";
    /** Event type of {@link #test}. */
    String TEST = "webhook.test";

    /** Registers an endpoint for these event types (none: every type); the answer holds its secret, shown once. */
    WebhookCreated add(String url, List<String> events, Origin origin);

    /** Every endpoint, by id. */
    List<WebhookEndpoint> list();

    /** Removes an endpoint with its outbox: nothing more goes to it. */
    void remove(String id, Origin origin);

    /** Queues a {@value #TEST} event for the endpoint, after what is already queued for it. */
    DeliveryView test(String id, Origin origin);

    /** Deliveries of one endpoint (or of all when {@code endpoint} is null), in outbox order; only failed ones. */
    List<DeliveryView> deliveries(String endpoint, boolean failedOnly);

    /**
     * Sends again (W-4), keeping each delivery's id: every delivery of the endpoint reporting a journal entry at
     * {@code sinceSeq} or later, or the one delivery named. How many were queued again.
     */
    int replay(String endpoint, Long sinceSeq, String delivery, Origin origin);
}
