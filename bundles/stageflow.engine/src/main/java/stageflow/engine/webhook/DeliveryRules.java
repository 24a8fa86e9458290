package stageflow.engine.webhook;

import java.time.Duration;

import stageflow.store.spi.DeliveryRecord;

/**
 * W-3: what an attempt's answer makes of a delivery. 2xx is delivered; 408, 429, 5xx and no answer (refused, timed
 * out) are retried with exponential backoff, the first retry after 4 s (within 5 s, a poll included) and never more
 * than 10 min apart, until 24 h
 * after the change, then failed; any other answer fails at once.
 */
final class DeliveryRules {
    static final long FIRST_RETRY_MS = Duration.ofSeconds(4).toMillis();
    static final long LONGEST_WAIT_MS = Duration.ofMinutes(10).toMillis();
    static final long GIVE_UP_MS = Duration.ofHours(24).toMillis();

    private DeliveryRules() {
    }

    static DeliveryRecord after(DeliveryRecord delivery, int httpStatus, long now) {
        if (httpStatus >= 200 && httpStatus < 300) {
            return delivery.attempted(DeliveryRecord.DELIVERED, httpStatus, 0);
        }
        boolean retryable = httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus >= 500;
        if (!retryable || now - delivery.created() >= GIVE_UP_MS) {
            return delivery.attempted(DeliveryRecord.FAILED, httpStatus, 0);
        }
        return delivery.attempted(DeliveryRecord.PENDING, httpStatus, now + wait(delivery.attempts() + 1));
    }

    /** The wait after the {@code attempt}-th attempt: 4 s, 8 s, 16 s, ... at most 10 min. */
    static long wait(int attempt) {
        int doublings = Math.min(attempt - 1, 20);
        return Math.min(FIRST_RETRY_MS << doublings, LONGEST_WAIT_MS);
    }
}
