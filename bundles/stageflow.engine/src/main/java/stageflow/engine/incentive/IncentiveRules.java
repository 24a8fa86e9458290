package stageflow.engine.incentive;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import stageflow.api.Ids;
import stageflow.api.WorkflowException;
import stageflow.api.incentive.IncentiveSpec;
import stageflow.api.incentive.IncentiveView;
import stageflow.api.incentive.Incentives;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.ParticipationRecord;

/**
 * I-1 and I-2 as plain rules: what an incentive may be, and which status it has where its influencer stands. Amounts
 * are {@link BigDecimal} at the currency's precision from the text given to the text stored, never a double.
 */
public final class IncentiveRules {
    static final List<String> PAYMENT_STAGES = List.of("pre-payment", "post-payment");
    static final String DRAFT = "draft";
    static final String PENDING = "pending";
    static final String READY = "ready";
    static final String FULFILLED = "fulfilled";
    static final String REJECTED = "rejected";
    /** Larger amounts are a typo or an attack, not a budget: 10^15 in any currency. */
    private static final BigDecimal LARGEST = new BigDecimal("1000000000000000");

    private IncentiveRules() {
    }

    /** A new incentive from a spec, checked (I-1); status draft until {@link #status} places it. */
    static IncentiveRecord create(String campaign, String influencer, String id, IncentiveSpec spec) {
        String kind = spec.kind() == null ? null : spec.kind().trim().toLowerCase(Locale.ROOT);
        if (kind == null || !Incentives.KINDS.contains(kind)) {
            throw WorkflowException.invalid("unknown incentive kind '" + Ids.shorten(String.valueOf(spec.kind()))
                    + "'; kinds are " + String.join(", ", Incentives.KINDS));
        }
        if (spec.stage() != null && !PAYMENT_STAGES.contains(spec.stage())) {
            throw WorkflowException.refused("I-1", "an incentive is linked to pre-payment, post-payment or no stage,"
                    + " not '" + Ids.shorten(spec.stage()) + "'");
        }
        if (spec.integrated() && spec.stage() == null) {
            throw WorkflowException.refused("I-1", "an integrated incentive is paid when the influencer enters its"
                    + " payment stage: add --stage pre-payment or --stage post-payment");
        }
        String currency = null;
        String amount = null;
        if (spec.amount() != null || spec.currency() != null) {
            Currency c = currency(spec.currency());
            currency = c.getCurrencyCode();
            amount = amount(spec.amount(), c).toPlainString();
        }
        return new IncentiveRecord(campaign, influencer, id, kind, amount, currency, spec.stage(), spec.integrated(),
                Ids.text("description", spec.description()), DRAFT, null, false);
    }

    /**
     * I-2: the status where the influencer stands: ready in the linked payment stage, else what their phase gives
     * ({@code byPhase}: draft or pending, null to leave it, as in complete); fulfilled and rejected stay.
     */
    static String status(IncentiveRecord i, ParticipationRecord p, String byPhase) {
        if (i.status().equals(FULFILLED) || i.status().equals(REJECTED)) {
            return i.status();
        }
        if (i.stage() != null && i.stage().equals(p.stage())) {
            return READY;
        }
        if (byPhase == null) {
            // a phase that leaves statuses as they are (complete) still ends ready: ready means "in the linked stage
            // now", which the payer acts on
            return i.status().equals(READY) ? PENDING : i.status();
        }
        return byPhase;
    }

    static IncentiveView view(IncentiveRecord i, boolean campaignList) {
        return new IncentiveView(i.id(), i.influencer(), i.kind(), i.amount(), i.currency(), i.stage(),
                i.integrated(), i.status(), i.reference(), i.description(),
                campaignList || i.fromCampaign() ? "campaign" : "influencer");
    }

    /** For the journal: {@code i2: payment 250.00 EUR (pre-payment, integrated)}. */
    static String describe(IncentiveRecord i) {
        return i.id() + ": " + i.kind() + (i.amount() == null ? "" : " " + i.amount() + " " + i.currency())
                + (i.stage() == null ? "" : " (" + i.stage() + (i.integrated() ? ", integrated)" : ", offline)"));
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw WorkflowException.refused("I-1", "an amount needs its currency: add --currency <ISO 4217 code>,"
                    + " e.g. EUR");
        }
        try {
            if (!code.matches("[A-Za-z]{3}")) {
                throw new IllegalArgumentException();
            }
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("unknown currency '" + Ids.shorten(code) + "'; give an ISO 4217 code,"
                    + " e.g. EUR, USD, JPY");
        }
    }

    private static BigDecimal amount(String text, Currency currency) {
        if (text == null || text.isBlank()) {
            throw WorkflowException.refused("I-1", "a currency goes with an amount: add --amount <decimal>");
        }
        BigDecimal amount;
        try {
            if (!text.matches("-?[0-9]{1,40}(\\.[0-9]{1,10})?")) {
                throw new NumberFormatException();
            }
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw WorkflowException.invalid("--amount '" + Ids.shorten(text) + "' is not a decimal amount; write it"
                    + " like 250 or 99.90");
        }
        if (amount.signum() <= 0 || amount.compareTo(LARGEST) >= 0) {
            throw WorkflowException.refused("I-1", "an amount is more than 0 and less than 10^15; " + Ids.shorten(text)
                    + " is not");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw WorkflowException.refused("I-1", currency.getCurrencyCode() + " has " + digits + " decimal"
                    + (digits == 1 ? "" : "s") + "; " + text + " has more");
        }
        return amount.setScale(digits);
    }
}
