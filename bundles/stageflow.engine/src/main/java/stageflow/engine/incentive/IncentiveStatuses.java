package stageflow.engine.incentive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import stageflow.api.Origin;
import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.dto.StageChange;
import stageflow.engine.influencer.StageMoves;
import stageflow.engine.influencer.Transitions;
import stageflow.engine.journal.Notes;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/**
 * I-2 kept true by every stage change, inside its transaction: a newcomer receives the campaign-level incentives,
 * each incentive of an influencer who moved takes the status of where they now stand, each change journaled with
 * what changed; and I-3: one who entered a payment stage whose incentives are all paid moves on. Whichever command moved them (a promote, a draft approval, a stage's own exit), it is the
 * same rule in the same place.
 */
public final class IncentiveStatuses {
    private IncentiveStatuses() {
    }

    /** A stage change of a transaction: {@code from} null for an add. */
    public record Entry(String campaign, String influencer, String from, String to) {
    }

    public static void follow(StoreTransaction tx, List<Entry> entries, Function<CampaignRecord, CampaignWorkflow>
            workflows, PhasePolicies policies, Transitions transitions, long now, Origin origin) {
        Map<String, CampaignRecord> campaigns = new HashMap<>();
        Map<String, CampaignWorkflow> resolved = new HashMap<>();
        Map<String, List<IncentiveRecord>> campaignLists = new HashMap<>();
        for (Entry entry : entries) {
            ParticipationRecord p = tx.participation(entry.campaign(), entry.influencer()).orElse(null);
            CampaignRecord campaign = p == null ? null : campaigns.computeIfAbsent(entry.campaign(),
                    id -> tx.campaign(id).orElse(null));
            if (campaign == null) {
                continue; // removed in the same transaction
            }
            CampaignWorkflow workflow = resolved.computeIfAbsent(campaign.id(), id -> workflows.apply(campaign));
            String byPhase = byPhase(policies, workflow.phaseOf(p.stage()));
            if (entry.from() == null) {
                handOut(tx, p, campaignLists.computeIfAbsent(entry.campaign(), c -> tx.incentives(c, null)), byPhase);
            }
            for (IncentiveRecord i : tx.incentives(entry.campaign(), entry.influencer())) {
                String next = IncentiveRules.status(i, p, byPhase);
                if (!next.equals(i.status())) {
                    tx.putIncentive(i.withStatus(next, i.reference()));
                    Notes.append(tx, now, p, "incentive:status", origin, i.id() + ": " + i.status() + " -> " + next);
                }
            }
            // I-3 on entry too: a payment stage whose incentives were all paid before is left at once
            moveOnIfPaid(tx, transitions, campaign, workflow, p, origin, now);
        }
    }

    /**
     * I-3: in a payment stage whose incentives are all fulfilled and all integrated, the influencer moves on; only
     * while live, never for offline ones. A next stage that refuses entry (C-9) keeps them, and the history
     * says why: the payments stand.
     */
    public static StageChange moveOnIfPaid(StoreTransaction t, Transitions transitions, CampaignRecord record,
            CampaignWorkflow workflow, ParticipationRecord p, Origin origin, long now) {
        if (!IncentiveRules.PAYMENT_STAGES.contains(p.stage()) || !Transactions.live(record)) {
            return null;
        }
        List<IncentiveRecord> linked = t.incentives(p.campaign(), p.influencer()).stream()
                .filter(i -> p.stage().equals(i.stage())).toList();
        boolean all = !linked.isEmpty() && linked.stream().allMatch(i -> i.integrated()
                && i.status().equals(IncentiveRules.FULFILLED));
        if (!all) {
            return null;
        }
        try {
            return transitions.apply(t, p, StageMoves.incentivesFulfilled(p, workflow), origin);
        } catch (WorkflowException refused) {
            Notes.append(t, now, p, "auto:incentives-fulfilled", origin, "stays in " + p.stage() + ": "
                    + refused.reason());
            return null;
        }
    }

    /** The status a phase gives incentives (its policy's; the defaults of I-2 when no policy is installed). */
    public static String byPhase(PhasePolicies policies, Phase phase) {
        if (policies != null) {
            var rules = policies.rules(phase);
            if (rules.isPresent()) {
                return rules.get().incentiveStatus();
            }
        }
        return switch (phase) {
            case CANDIDATES, DROPPED -> IncentiveRules.DRAFT;
            case PARTICIPANTS -> IncentiveRules.PENDING;
            case COMPLETE -> null;
        };
    }

    /** The campaign-level incentives a newcomer does not hold yet, as their own copies. */
    private static void handOut(StoreTransaction tx, ParticipationRecord p, List<IncentiveRecord> campaignLevel,
            String byPhase) {
        if (campaignLevel.isEmpty()) {
            return;
        }
        Set<String> held = tx.incentives(p.campaign(), p.influencer()).stream().map(IncentiveRecord::id)
                .collect(Collectors.toSet());
        for (IncentiveRecord template : campaignLevel) {
            if (!held.contains(template.id())) {
                IncentiveRecord copy = template.ownedBy(p.influencer(), IncentiveRules.DRAFT);
                tx.putIncentive(copy.withStatus(IncentiveRules.status(copy, p, byPhase), null));
            }
        }
    }
}
