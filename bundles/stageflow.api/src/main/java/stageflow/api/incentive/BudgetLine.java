package stageflow.api.incentive;

/**
 * One line of a campaign's budget: the incentives with an amount in one currency and one status.
 *
 * @param total a plain decimal, summed exactly
 */
public record BudgetLine(String currency, String status, String total, long count) {
}
