package stageflow.store.spi;

/**
 * One influencer in one campaign, as stored.
 *
 * @param name        optional display name, or null
 * @param email       optional, or null
 * @param droppedFrom the stage the influencer was in when dropped, for restore; null unless dropped
 * @param since       epoch milliseconds of entering the current stage
 */
public record ParticipationRecord(String campaign, String influencer, String name, String email, String stage,
        String droppedFrom, long since) {

    public ParticipationRecord movedTo(String next, long now) {
        return new ParticipationRecord(campaign, influencer, name, email, next, null, now);
    }

    public ParticipationRecord droppedAt(String dropped, long now) {
        return new ParticipationRecord(campaign, influencer, name, email, dropped, stage, now);
    }
}
