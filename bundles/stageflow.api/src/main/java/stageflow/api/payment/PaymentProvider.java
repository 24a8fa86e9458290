package stageflow.api.payment;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Pays integrated incentives: a service a payment bundle registers, deployed into the running system like a stage.
 * Stageflow asks it once an incentive is {@code ready} (its influencer entered the linked payment stage), on a thread
 * of its own, never while holding the store, within a time limit ({@code runtime-config/stageflow.payment.cfg},
 * {@code timeout.ms}); a provider that throws, hangs or answers late is asked again later. Of several providers, the
 * one with the highest {@code service.ranking} is asked.
 * <p>
 * Asked again for the same incentive (after a pending answer, a failure, a restart), a provider must not pay twice:
 * {@link PaymentRequest#id()} names the incentive for good, so it is the idempotency key to give a payment service.
 */
@ConsumerType
public interface PaymentProvider {

    /** Pays, or starts paying, one incentive; the answer says what became of it. */
    PaymentAnswer pay(PaymentRequest request) throws Exception;
}
