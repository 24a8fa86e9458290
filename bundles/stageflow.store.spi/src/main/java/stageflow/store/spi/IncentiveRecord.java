package stageflow.store.spi;

/**
 * An incentive (workflow-spec I-1..I-3) of one influencer, or of the campaign-level list handed to every influencer
 * (then {@code influencer} is null).
 *
 * @param amount       a plain decimal string in the currency's minor units' scale ({@code 250.00}), or null
 * @param currency     an ISO 4217 code, with an amount only
 * @param stage        the payment stage it is linked to ({@code pre-payment}, {@code post-payment}), or null
 * @param integrated   paid by a payment provider, else offline
 * @param status       {@code draft}, {@code pending}, {@code ready}, {@code fulfilled} or {@code rejected}
 * @param reference    the payment or shipment reference when fulfilled, or the reason when rejected; else null
 * @param fromCampaign an influencer's copy of a campaign-level incentive
 */
public record IncentiveRecord(String campaign, String influencer, String id, String kind, String amount,
        String currency, String stage, boolean integrated, String description, String status, String reference,
        boolean fromCampaign) {

    public IncentiveRecord withStatus(String next, String why) {
        return new IncentiveRecord(campaign, influencer, id, kind, amount, currency, stage, integrated, description,
                next, why, fromCampaign);
    }

    /** The same incentive owned by {@code owner}, a copy of a campaign-level one. */
    public IncentiveRecord ownedBy(String owner, String ownStatus) {
        return new IncentiveRecord(campaign, owner, id, kind, amount, currency, stage, integrated, description,
                ownStatus, null, true);
    }
}
