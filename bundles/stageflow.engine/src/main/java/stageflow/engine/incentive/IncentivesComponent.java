package stageflow.engine.incentive;

import static stageflow.engine.tx.Transactions.requireParticipation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.incentive.BudgetLine;
import stageflow.api.incentive.IncentiveChange;
import stageflow.api.incentive.IncentiveSpec;
import stageflow.api.incentive.IncentiveView;
import stageflow.api.incentive.Incentives;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.event.EventAdminEvents;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.WorkflowStore;

/** Incentives (I-1..I-3): what the {@code incentive:} commands and {@code campaign:budget} call. */
@Component(service = Incentives.class)
public final class IncentivesComponent implements Incentives {
    private final Transactions tx;
    private final PhasePolicies policies;
    private final IncentiveWrites writes;

    /** Sorted by ranking, lowest first (DS 112.3.8.1), replaced as a whole on every change. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> installed = List.of();

    @Activate
    public IncentivesComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry), null);
    }

    /** On given transactions and policies (null: the installed ones): tests and benchmarks, without a framework. */
    public IncentivesComponent(Transactions tx, PhasePolicies given) {
        this.policies = given != null ? given : new PhasePolicies(() -> installed);
        this.tx = tx.following(policies);
        this.writes = new IncentiveWrites(this.tx, policies);
    }

    @Override
    public IncentiveChange add(String campaign, String influencer, IncentiveSpec spec, Origin origin,
            boolean overrideLock) {
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return tx.onCampaign(campaign, origin, (t, record) -> writes.add(t, tx.workflow(record), campaign, influencer,
                spec, origin, overrideLock));
    }

    @Override
    public List<IncentiveView> list(String campaign, String influencer, String status) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        if (status != null && !STATUSES.contains(status)) {
            throw WorkflowException.invalid("unknown incentive status '" + Ids.shorten(status) + "'; statuses are "
                    + String.join(", ", STATUSES));
        }
        return tx.read(t -> {
            Transactions.requireCampaign(t, campaign);
            if (influencer != null) {
                requireParticipation(t, campaign, influencer);
            }
            return t.incentives(campaign, influencer).stream().filter(i -> status == null || i.status().equals(status))
                    .map(i -> IncentiveRules.view(i, influencer == null)).toList();
        });
    }

    @Override
    public IncentiveChange fulfill(String campaign, String influencer, String incentive, String reference,
            Origin origin) {
        Ids.text("reference", reference);
        return settle(campaign, influencer, incentive, IncentiveRules.FULFILLED, reference, origin);
    }

    @Override
    public IncentiveChange reject(String campaign, String influencer, String incentive, String reason,
            Origin origin) {
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.invalid("a rejection needs --reason \"...\": the influencer's history says why");
        }
        Ids.text("reason", reason);
        return settle(campaign, influencer, incentive, IncentiveRules.REJECTED, reason, origin);
    }

    @Override
    public List<BudgetLine> budget(String campaign) {
        Ids.campaign(campaign);
        return tx.read(t -> {
            Transactions.requireCampaign(t, campaign);
            Map<String, BigDecimal> totals = new TreeMap<>();
            Map<String, Long> counts = new TreeMap<>();
            for (ParticipationRecord p : t.participations(campaign)) {
                for (IncentiveRecord i : t.incentives(campaign, p.influencer())) {
                    if (i.amount() != null) {
                        String key = i.currency() + " " + i.status();
                        totals.merge(key, new BigDecimal(i.amount()), BigDecimal::add);
                        counts.merge(key, 1L, Long::sum);
                    }
                }
            }
            List<BudgetLine> lines = new ArrayList<>();
            totals.forEach((key, total) -> lines.add(new BudgetLine(key.substring(0, 3), key.substring(4),
                    total.toPlainString(), counts.get(key))));
            return lines;
        });
    }

    private IncentiveChange settle(String campaign, String influencer, String incentive, String outcome,
            String note, Origin origin) {
        return tx.onParticipant(campaign, influencer, origin, null,
                (t, record, p) -> writes.settle(t, record, p, incentive, outcome, note, origin));
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
