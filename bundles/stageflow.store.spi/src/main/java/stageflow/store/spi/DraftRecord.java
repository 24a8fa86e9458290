package stageflow.store.spi;

/**
 * One version of a draft of one deliverable (D-9), as stored.
 *
 * @param version from 1; a new submission is the next version, earlier ones are kept
 * @param status  {@code submitted} (in review) or a review outcome: {@code approved},
 *                {@code approved-with-corrections}, {@code needs-work}
 */
public record DraftRecord(String campaign, String influencer, String deliverable, int version, String url,
        String status, String comment, long time) {
    public static final String SUBMITTED = "submitted";

    public boolean inReview() {
        return SUBMITTED.equals(status);
    }

    public DraftRecord reviewed(String outcome, String note, long now) {
        return new DraftRecord(campaign, influencer, deliverable, version, url, outcome, note, now);
    }
}
