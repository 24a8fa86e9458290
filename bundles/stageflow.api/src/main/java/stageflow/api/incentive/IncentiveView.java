package stageflow.api.incentive;

/**
 * An incentive as it stands.
 *
 * @param influencer its influencer, or null for the campaign-level list
 * @param amount     a plain decimal in the currency's precision ({@code 250.00}), or null
 * @param reference  the payment or shipment reference when fulfilled, the reason when rejected, else null
 * @param scope      {@code campaign} for the campaign-level list and the copies of it, else {@code influencer}
 */
public record IncentiveView(String id, String influencer, String kind, String amount, String currency, String stage,
        boolean integrated, String status, String reference, String description, String scope) {
}
