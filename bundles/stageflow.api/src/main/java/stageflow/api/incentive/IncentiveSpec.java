package stageflow.api.incentive;

/**
 * What an incentive should be (I-1).
 *
 * @param amount   a decimal ({@code 250}, {@code 99.90}) in the currency's precision, or null; never floating point
 * @param currency an ISO 4217 code ({@code EUR}), with an amount only
 * @param stage    {@code pre-payment}, {@code post-payment}, or null
 */
public record IncentiveSpec(String kind, String amount, String currency, String stage, boolean integrated,
        String description) {
}
