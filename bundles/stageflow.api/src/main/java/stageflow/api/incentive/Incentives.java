package stageflow.api.incentive;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.Origin;

/** A campaign's incentives (command reference, scope {@code incentive}, and {@code campaign:budget}). */
@ProviderType
public interface Incentives {
    /** The kinds of I-1. */
    List<String> KINDS = List.of("payment", "product", "gift-card", "promo-code", "other");
    /** The statuses of I-2. */
    List<String> STATUSES = List.of("draft", "pending", "ready", "fulfilled", "rejected");

    /**
     * Adds an incentive to one influencer, or to the campaign-level list when {@code influencer} is null (handed to
     * every influencer whose incentives are open, and to everyone added later). An influencer's incentives are open
     * while their deliverables are (the phase policy); {@code overrideLock} with a reason in {@code origin} opens
     * them once.
     */
    IncentiveChange add(String campaign, String influencer, IncentiveSpec spec, Origin origin, boolean overrideLock);

    /** One influencer's incentives, or the campaign-level list when {@code influencer} is null; one status if given. */
    List<IncentiveView> list(String campaign, String influencer, String status);

    /** Records an incentive fulfilled; the last integrated one of a payment stage moves the influencer on (I-3). */
    IncentiveChange fulfill(String campaign, String influencer, String incentive, String reference, Origin origin);

    /** Records an incentive rejected, with the reason. */
    IncentiveChange reject(String campaign, String influencer, String incentive, String reason, Origin origin);

    /** Totals of the influencers' incentives with an amount, per currency and status. */
    List<BudgetLine> budget(String campaign);
}
