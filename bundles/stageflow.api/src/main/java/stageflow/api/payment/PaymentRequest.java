package stageflow.api.payment;

import java.math.BigDecimal;

/**
 * One integrated incentive to pay.
 *
 * @param id       {@code <campaign>/<influencer>/<incentive>}: the same for every request about this incentive
 * @param amount   the amount in the currency's precision, or null (a product, say)
 * @param currency an ISO 4217 code, with an amount
 * @param name     the influencer's name as recorded, or null
 * @param email    the influencer's address as recorded, or null
 */
public record PaymentRequest(String id, String campaign, String influencer, String incentive, String kind,
        BigDecimal amount, String currency, String description, String name, String email) {
}
