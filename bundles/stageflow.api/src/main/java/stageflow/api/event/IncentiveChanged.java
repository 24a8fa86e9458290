package stageflow.api.event;

/**
 * An incentive's status changed (workflow-spec I-2, I-3), or an influencer received one (then without
 * {@link #PREVIOUS}). Posted on Event Admin under {@link #TOPIC} once the change is committed, like
 * {@link StageChanged}; never for a dry run or a refused command. Every value is a String except {@link #TIME}
 * (Long).
 */
public final class IncentiveChanged {
    /** The topic; an {@code EventHandler} subscribes with {@code event.topics=stageflow/IncentiveChanged}. */
    public static final String TOPIC = "stageflow/IncentiveChanged";
    /** Campaign id. */
    public static final String CAMPAIGN = "campaign";
    /** Influencer id. */
    public static final String INFLUENCER = "influencer";
    /** Incentive id ({@code i1}, ...). */
    public static final String INCENTIVE = "incentive";
    /** payment, product, gift-card, promo-code or other. */
    public static final String KIND = "kind";
    /** The status now: draft, pending, ready, fulfilled or rejected. */
    public static final String CURRENT = "current";
    /** The status before; absent when the influencer just received the incentive. */
    public static final String PREVIOUS = "previous";
    /** The payment or shipment reference (fulfilled) or the reason (rejected); absent otherwise. */
    public static final String REFERENCE = "reference";
    /** Who made the change: the console user, or {@code payment-provider}. */
    public static final String ACTOR = "actor";
    /** When, in epoch milliseconds (Long). */
    public static final String TIME = "time";

    private IncentiveChanged() {
    }
}
