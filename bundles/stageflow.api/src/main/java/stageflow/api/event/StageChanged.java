package stageflow.api.event;

/**
 * An influencer entered a stage (workflow-spec E-2): a move, or an add (then without {@link #PREVIOUS}). Posted on
 * Event Admin under {@link #TOPIC} once the change is committed, in journal order, never for a dry run or a refused
 * command. Every value is a String except {@link #SEQ} and {@link #TIME} (Long).
 */
public final class StageChanged {
    /** The topic; an {@code EventHandler} subscribes with {@code event.topics=stageflow/StageChanged}. */
    public static final String TOPIC = "stageflow/StageChanged";
    /** Campaign id. */
    public static final String CAMPAIGN = "campaign";
    /** Influencer id. */
    public static final String INFLUENCER = "influencer";
    /** The stage entered: its id. */
    public static final String CURRENT = "current";
    /** The stage entered: its label. */
    public static final String CURRENT_LABEL = "current.label";
    /** The stage left: its id; absent when the influencer was just added. */
    public static final String PREVIOUS = "previous";
    /** The stage left: its label; absent when the influencer was just added. */
    public static final String PREVIOUS_LABEL = "previous.label";
    /** {@code manual} or {@code auto:<trigger>}. */
    public static final String CAUSE = "cause";
    /** Who made the change: the console user. */
    public static final String ACTOR = "actor";
    /** The entry's position in the campaign's journal (Long). */
    public static final String SEQ = "seq";
    /** When, in epoch milliseconds (Long). */
    public static final String TIME = "time";

    private StageChanged() {
    }
}
