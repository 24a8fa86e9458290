package stageflow.store.spi;

/**
 * One delivery of one event to one endpoint, kept in the endpoint's outbox (workflow-spec W-1..W-4): written in the
 * transaction of the change it reports, then updated by each attempt. Its id stays the same across attempts and
 * replays, so a receiver can drop duplicates.
 *
 * @param number     position in the endpoint's outbox, from 1, the order of delivery (W-2); 0 asks
 *                   {@link StoreTransaction#putDelivery} for the next one
 * @param type       the event type: {@code stage.changed}, or {@code webhook.test}
 * @param campaign   the campaign whose journal entry it reports, or null (a test)
 * @param seq        that entry's position in the campaign's journal, or 0
 * @param body       the body as sent, fixed when the change committed
 * @param status     {@value #PENDING}, {@value #DELIVERED} or {@value #FAILED}
 * @param lastStatus the HTTP status of the last attempt; 0 for none, or when there was no answer
 * @param next       epoch milliseconds of the next attempt, while pending
 * @param created    epoch milliseconds of the change (W-3 counts its 24 hours from there)
 */
public record DeliveryRecord(String id, String endpoint, long number, String type, String campaign, long seq,
        String body, String status, int attempts, int lastStatus, long next, long created) {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    /** The same delivery after an attempt. */
    public DeliveryRecord attempted(String newStatus, int httpStatus, long nextAttempt) {
        return new DeliveryRecord(id, endpoint, number, type, campaign, seq, body, newStatus, attempts + 1, httpStatus,
                nextAttempt, created);
    }

    /** The same delivery at another position of its outbox. */
    public DeliveryRecord numbered(long position) {
        return new DeliveryRecord(id, endpoint, position, type, campaign, seq, body, status, attempts, lastStatus,
                next, created);
    }
}
