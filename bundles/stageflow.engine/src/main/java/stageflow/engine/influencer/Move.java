package stageflow.engine.influencer;

/**
 * A decided stage change, not yet stored.
 *
 * @param cause {@code manual} or {@code auto:<trigger>} (workflow-spec E-1)
 */
public record Move(String to, String cause) {

    public static final String MANUAL = "manual";

    public static Move manual(String to) {
        return new Move(to, MANUAL);
    }

    public static Move auto(String to, String trigger) {
        return new Move(to, "auto:" + trigger);
    }
}
