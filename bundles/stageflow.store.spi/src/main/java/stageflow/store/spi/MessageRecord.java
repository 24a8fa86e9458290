package stageflow.store.spi;

/**
 * One message to one influencer, rendered when it was queued (workflow-spec M-3) and kept in the campaign's message
 * outbox with its status.
 *
 * @param number   position in the campaign's outbox, from 1; 0 asks {@link StoreTransaction#putMessage} for the next
 * @param trigger  {@code manual}, or the delivery that queued it ({@code stage-entry}, {@code date-based},
 *                 {@code needs-work}); the store remembers an automatic one so that it is never queued twice
 * @param to       the influencer's address as it was when queued
 * @param status   {@value #QUEUED}, {@value #SENT} or {@value #FAILED}
 * @param error    why the last attempt failed, or null
 * @param next     epoch milliseconds of the next attempt, while queued
 * @param time     epoch milliseconds of the last change of status (queued, sent or failed)
 */
public record MessageRecord(String campaign, long number, String template, String trigger, String influencer,
        String to, String subject, String body, String status, int attempts, String error, long next, long time) {
    public static final String QUEUED = "queued";
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String MANUAL = "manual";

    /** The id operators see: {@code m<number>}, unique in its campaign. */
    public String id() {
        return "m" + number;
    }

    /** The same message after an attempt. */
    public MessageRecord attempted(String newStatus, String why, long nextAttempt, long now) {
        return new MessageRecord(campaign, number, template, trigger, influencer, to, subject, body, newStatus,
                attempts + 1, why, nextAttempt, now);
    }

    /** The same message at a position of its campaign's outbox. */
    public MessageRecord numbered(long position) {
        return new MessageRecord(campaign, position, template, trigger, influencer, to, subject, body, status,
                attempts, error, next, time);
    }
}
