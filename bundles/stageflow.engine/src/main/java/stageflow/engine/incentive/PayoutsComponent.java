package stageflow.engine.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import stageflow.api.CampaignStatus;
import stageflow.api.Origin;
import stageflow.api.incentive.IncentiveChange;
import stageflow.api.payment.PaymentAnswer;
import stageflow.api.payment.PaymentRequest;
import stageflow.api.payment.Payouts;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.event.EventAdminEvents;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.WorkflowStore;

/**
 * The integrated incentives waiting for a payment provider (I-3), and the providers' answers recorded: found through
 * the stage index (only influencers standing in a payment stage can have a ready one), never by reading every
 * influencer.
 */
@Component(service = Payouts.class)
public final class PayoutsComponent implements Payouts {
    private static final Origin PAYER = Origin.operator("payment-provider");

    private final Transactions tx;
    private final IncentiveWrites writes;

    /** Sorted by ranking, lowest first (DS 112.3.8.1), replaced as a whole on every change. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public PayoutsComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry), null);
    }

    /** On given transactions and policies (null: the installed ones): tests, without a framework. */
    public PayoutsComponent(Transactions tx, PhasePolicies given) {
        PhasePolicies policies = given != null ? given : new PhasePolicies(() -> installed);
        this.tx = tx.following(policies);
        this.writes = new IncentiveWrites(this.tx, policies);
    }

    @Override
    public List<PaymentRequest> due(int max, Set<String> skip) {
        return tx.read(t -> {
            List<PaymentRequest> due = new ArrayList<>();
            for (CampaignRecord campaign : t.campaigns()) {
                if (!Transactions.live(campaign)) {
                    continue;
                }
                for (String stage : IncentiveRules.PAYMENT_STAGES) {
                    for (String influencer : t.influencersIn(campaign.id(), stage)) {
                        ParticipationRecord p = t.participation(campaign.id(), influencer).orElseThrow();
                        for (IncentiveRecord i : t.incentives(campaign.id(), influencer)) {
                            PaymentRequest request = i.integrated() && i.status().equals(IncentiveRules.READY)
                                    ? request(i, p) : null;
                            if (request != null && !skip.contains(request.id())) {
                                due.add(request);
                                if (due.size() == max) {
                                    return due;
                                }
                            }
                        }
                    }
                }
            }
            return due;
        });
    }

    @Override
    public IncentiveChange record(PaymentRequest request, PaymentAnswer answer) {
        if (answer.outcome() == PaymentAnswer.Outcome.PENDING) {
            return null;
        }
        String outcome = answer.outcome() == PaymentAnswer.Outcome.FULFILLED ? IncentiveRules.FULFILLED
                : IncentiveRules.REJECTED;
        String detail = answer.detail() == null || answer.detail().isBlank() ? null : oneLine(answer.detail());
        return tx.write(PAYER, t -> {
            // an archived campaign changes no more (C-8): the answer is not recorded, and the payer says so
            CampaignRecord record = t.campaign(request.campaign()).filter(c -> c.status() != CampaignStatus.ARCHIVED)
                    .orElse(null);
            ParticipationRecord p = record == null ? null
                    : t.participation(request.campaign(), request.influencer()).orElse(null);
            boolean stillReady = p != null && t.incentives(p.campaign(), p.influencer()).stream()
                    .anyMatch(i -> i.id().equals(request.incentive()) && i.status().equals(IncentiveRules.READY));
            return stillReady ? writes.settle(t, record, p, request.incentive(), outcome, detail, PAYER) : null;
        });
    }

    private static PaymentRequest request(IncentiveRecord i, ParticipationRecord p) {
        return new PaymentRequest(i.campaign() + "/" + i.influencer() + "/" + i.id(), i.campaign(), i.influencer(),
                i.id(), i.kind(), i.amount() == null ? null : new BigDecimal(i.amount()), i.currency(),
                i.description(), p.name(), p.email());
    }

    /** A provider's text in the journal: one line of printable characters, bounded. */
    private static String oneLine(String text) {
        String line = text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }

    /** E-2: while there is an Event Admin, the incentive and stage changes this service commits are posted on it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindEventAdmin(EventAdmin eventAdmin) {
        tx.announceTo(new EventAdminEvents(eventAdmin));
    }

    void unbindEventAdmin(EventAdmin eventAdmin) {
        tx.stopAnnouncingTo(new EventAdminEvents(eventAdmin));
    }
}
