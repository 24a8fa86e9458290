package stageflow.engine.influencer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.Selection;
import stageflow.api.WorkflowException;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.Failure;
import stageflow.api.dto.StageChange;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;

/**
 * C-11 for every bulk command: explicit ids or a stage selection, an optional count guard, per-influencer failures,
 * and with {@code atomic} all or nothing. Operator actions: A-3 and C-8 apply. One transaction for the whole
 * command, so a bulk promote of 100,000 commits once.
 */
final class BulkMoves {
    /** One decision per influencer; throws {@link WorkflowException} when that influencer cannot move. */
    interface Decision {
        Move decide(ParticipationRecord participation, CampaignWorkflow workflow);
    }

    /** What a bulk command checks once, before any influencer: throws when the command as a whole is refused. */
    interface Precheck {
        Decision check(CampaignWorkflow workflow, StoreReader tx);
    }

    private final Transactions tx;

    BulkMoves(Transactions tx) {
        this.tx = tx;
    }

    /** Each selected influencer moved as {@code decision} says. */
    BulkResult each(String campaign, Selection selection, Origin origin, Decision decision) {
        return prechecked(campaign, selection, origin, (workflow, t) -> decision);
    }

    /** The same, after a check of the command as a whole that also yields the decision. */
    BulkResult prechecked(String campaign, Selection selection, Origin origin, Precheck precheck) {
        checked(selection);
        return tx.onCampaign(campaign, origin, (t, record) -> {
            CampaignWorkflow workflow = tx.workflow(record);
            Decision decision = precheck.check(workflow, t);
            List<String> ids = selection.stage() == null ? List.copyOf(new LinkedHashSet<>(selection.influencers()))
                    : t.influencersIn(campaign, workflow.require(selection.stage(), campaign).id());
            if (selection.expect() != null && ids.size() != selection.expect()) {
                throw WorkflowException.refused("C-11", "the selection holds " + ids.size() + " influencer(s), not the"
                        + " expected " + selection.expect() + "; nothing changed");
            }
            List<StageChange> changed = new ArrayList<>();
            List<Failure> failed = new ArrayList<>();
            for (String influencer : ids) {
                try {
                    ParticipationRecord p = Transactions.requireParticipation(t, campaign, Ids.influencer(influencer));
                    changed.add(tx.transitions().apply(t, p, decision.decide(p, workflow), origin));
                } catch (WorkflowException e) {
                    failed.add(new Failure(Ids.echo(influencer), e.rule(), e.reason()));
                }
            }
            if (selection.atomic() && !failed.isEmpty()) {
                Failure first = failed.get(0);
                throw WorkflowException.refused("C-11", failed.size() + " of " + ids.size() + " influencer(s) cannot"
                        + " change, so with --atomic none changed; first: " + first.influencer() + ": " + first.line());
            }
            return new BulkResult(changed, failed, origin.dryRun());
        });
    }

    private static void checked(Selection selection) {
        Ids.noOptions(selection.influencers());
        boolean byIds = !selection.influencers().isEmpty();
        boolean byStage = selection.stage() != null;
        if (byIds == byStage) {
            throw WorkflowException.invalid(byIds ? "name influencers or --stage <stage>, not both"
                    : "name the influencers, or select them with --stage <stage>");
        }
        if (byStage) {
            Ids.stage(selection.stage());
        }
        if (selection.expect() != null && selection.expect() < 0) {
            throw WorkflowException.invalid("--expect must be 0 or more, not " + selection.expect());
        }
    }
}
