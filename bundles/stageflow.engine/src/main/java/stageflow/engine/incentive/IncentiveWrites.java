package stageflow.engine.incentive;

import java.util.function.LongSupplier;

import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.StageChange;
import stageflow.api.incentive.IncentiveChange;
import stageflow.api.incentive.IncentiveSpec;
import stageflow.api.phase.PhasePolicy;
import stageflow.engine.deliverable.DeliverableRules;
import stageflow.engine.journal.Notes;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.workflow.WorkflowStage;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;

/**
 * Incentive writes inside one store transaction: one influencer's (locked like deliverables outside the phases that
 * edit them), or the campaign-level list, handed to exactly the influencers whose incentives are open now (as D-4
 * does for deliverables) and to everyone added later.
 */
final class IncentiveWrites {
    private final Transactions tx;
    private final LongSupplier clock;
    private final PhasePolicies policies;

    IncentiveWrites(Transactions tx, PhasePolicies policies) {
        this.tx = tx;
        this.clock = tx::now;
        this.policies = policies;
    }

    IncentiveChange add(StoreTransaction tx, CampaignWorkflow workflow, String campaign, String influencer,
            IncentiveSpec spec, Origin origin, boolean override) {
        String id = "i" + tx.nextIncentiveNumber(campaign);
        IncentiveRecord created = IncentiveRules.create(campaign, influencer, id, spec);
        String detail = "added " + IncentiveRules.describe(created);
        if (influencer != null) {
            ParticipationRecord p = Transactions.requireParticipation(tx, campaign, influencer);
            var phase = workflow.phaseOf(p.stage());
            PhasePolicy policy = policies.of(phase);
            boolean overridden = DeliverableRules.requireEditable(p, phase, policy, override, origin.reason(),
                    "incentive");
            IncentiveRecord mine = created.withStatus(IncentiveRules.status(created, p,
                    IncentiveStatuses.byPhase(policies, phase)), null);
            tx.putIncentive(mine);
            Notes.append(tx, clock.getAsLong(), p, "incentive:add" + (overridden ? ":override-lock" : ""), origin,
                    detail);
            return new IncentiveChange(IncentiveRules.view(mine, false), 1, 0, null, origin.dryRun());
        }
        if (override) {
            throw WorkflowException.invalid("--override-lock opens one influencer's incentives; a campaign-level"
                    + " incentive reaches only influencers whose incentives are open");
        }
        tx.putIncentive(created);
        long updated = 0;
        long locked = 0;
        for (WorkflowStage stage : workflow.stages()) {
            if (!DeliverableRules.open(policies.of(stage.phase()))) {
                locked += tx.count(campaign, stage.id());
                continue;
            }
            for (String member : tx.influencersIn(campaign, stage.id())) {
                ParticipationRecord p = tx.participation(campaign, member).orElseThrow();
                IncentiveRecord copy = created.ownedBy(member, IncentiveRules.DRAFT);
                tx.putIncentive(copy.withStatus(IncentiveRules.status(copy, p,
                        IncentiveStatuses.byPhase(policies, stage.phase())), null));
                Notes.append(tx, clock.getAsLong(), p, "incentive:add", origin, detail + " (campaign-level)");
                updated++;
            }
        }
        Notes.appendCampaign(tx, campaign, clock.getAsLong(), "incentive:add", origin, detail
                + " (campaign-level: " + updated + " updated, " + locked + " locked)");
        return new IncentiveChange(IncentiveRules.view(created, true), updated, locked, null, origin.dryRun());
    }

    static IncentiveRecord find(StoreReader tx, String campaign, String influencer, String id) {
        return tx.incentives(campaign, influencer).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> WorkflowException.invalid("'" + influencer + "' has no incentive '"
                        + stageflow.api.Ids.shorten(String.valueOf(id)) + "'; incentive:list " + campaign + " "
                        + influencer + " lists them"));
    }

    /** I-2: fulfilled or rejected once, from pending or ready; a draft is not yet due anything. */
    static IncentiveRecord settle(IncentiveRecord i, String outcome, String note) {
        if (i.status().equals(IncentiveRules.FULFILLED) || i.status().equals(IncentiveRules.REJECTED)) {
            throw WorkflowException.refused("I-2", i.id() + " of '" + i.influencer() + "' is already " + i.status()
                    + (i.reference() == null ? "" : " (" + i.reference() + ")"));
        }
        if (i.status().equals(IncentiveRules.DRAFT) && outcome.equals(IncentiveRules.FULFILLED)) {
            throw WorkflowException.refused("I-2", i.id() + " of '" + i.influencer() + "' is draft: incentives are"
                    + " fulfilled once the influencer is a participant");
        }
        return i.withStatus(outcome, note);
    }

    /** Fulfilled or rejected, once, journaled; I-3 moves the influencer on when that was the last integrated one. */
    IncentiveChange settle(StoreTransaction t, CampaignRecord record, ParticipationRecord p, String incentive,
            String outcome, String note, Origin origin) {
        IncentiveRecord current = find(t, p.campaign(), p.influencer(), incentive);
        IncentiveRecord settled = settle(current, outcome, note);
        t.putIncentive(settled);
        Notes.append(t, clock.getAsLong(), p, "incentive:" + (outcome.equals(IncentiveRules.FULFILLED) ? "fulfill"
                : "reject"), origin, current.id() + ": " + current.status() + " -> " + outcome
                + (note == null ? "" : " (" + note + ")"));
        return new IncentiveChange(IncentiveRules.view(settled, false), 1, 0, onward(t, record, p, origin),
                origin.dryRun());
    }

    private StageChange onward(StoreTransaction t, CampaignRecord record, ParticipationRecord p, Origin origin) {
        return IncentiveStatuses.moveOnIfPaid(t, tx.transitions(), record, tx.workflow(record), p, origin,
                clock.getAsLong());
    }
}
