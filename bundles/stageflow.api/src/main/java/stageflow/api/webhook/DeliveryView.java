package stageflow.api.webhook;

/**
 * A delivery as listed.
 *
 * @param seq        the journal entry it reports (0 for a test)
 * @param status     {@code pending}, {@code delivered} or {@code failed}
 * @param lastStatus the HTTP status of the last attempt, 0 for none or no answer
 * @param next       epoch milliseconds of the next attempt while pending, else 0
 */
public record DeliveryView(String delivery, String endpoint, String type, String campaign, long seq, String status,
        int attempts, int lastStatus, long next) {
}
