package stageflow.api.payment;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.incentive.IncentiveChange;

/** The integrated incentives waiting to be paid, for Stageflow's payer; what the engine offers, never a provider. */
@ProviderType
public interface Payouts {

    /**
     * Ready integrated incentives of live campaigns, at most {@code max}, leaving out the request ids in
     * {@code skip} (those the payer waits on), so a batch of slow ones never hides the others.
     */
    List<PaymentRequest> due(int max, Set<String> skip);

    /**
     * Records a provider's answer: fulfilled (the last integrated one of a payment stage moves the influencer on,
     * I-3) or rejected; a pending answer changes nothing. Null when the incentive is no longer ready (settled by an
     * operator meanwhile, or gone): nothing to record.
     */
    IncentiveChange record(PaymentRequest request, PaymentAnswer answer);
}
