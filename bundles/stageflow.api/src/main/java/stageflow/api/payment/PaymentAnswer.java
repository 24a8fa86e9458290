package stageflow.api.payment;

/**
 * What a {@link PaymentProvider} made of a request.
 *
 * @param detail the payment or shipment reference when fulfilled, the reason when rejected, anything when pending
 */
public record PaymentAnswer(Outcome outcome, String detail) {

    public enum Outcome {
        /** Paid: the incentive is fulfilled with {@code detail} as its reference. */
        FULFILLED,
        /** Will not be paid: the incentive is rejected with {@code detail} as the reason. */
        REJECTED,
        /** Under way: asked again later. */
        PENDING
    }

    public PaymentAnswer {
        if (outcome == null) {
            throw new IllegalArgumentException("a payment answer needs an outcome");
        }
    }

    public static PaymentAnswer fulfilled(String reference) {
        return new PaymentAnswer(Outcome.FULFILLED, reference);
    }

    public static PaymentAnswer rejected(String reason) {
        return new PaymentAnswer(Outcome.REJECTED, reason);
    }

    public static PaymentAnswer pending() {
        return new PaymentAnswer(Outcome.PENDING, null);
    }
}
