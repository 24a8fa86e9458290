package stageflow.engine.influencer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/**
 * C-9 after a data change: while the influencer stands in a custom stage whose exit condition holds, they move on;
 * a chain of such stages is followed, at most once per stage. A-2: only while the campaign is live.
 */
final class AutomaticExits {
    private final StageRegistry registry;
    private final Transitions transitions;

    AutomaticExits(StageRegistry registry, Transitions transitions) {
        this.registry = registry;
        this.transitions = transitions;
    }

    DataChange after(StoreTransaction tx, CampaignRecord record, CampaignWorkflow workflow, ParticipationRecord p,
            Map<String, String> data, Origin origin) {
        List<StageChange> moved = new ArrayList<>();
        String stayed = null;
        ParticipationRecord now = p;
        for (int asked = 0; asked < workflow.stages().size() && !DefaultStage.isDefault(now.stage()); asked++) {
            if (!Transactions.live(record)) {
                if (registry.stage(now.stage()).map(StageInfo::autoExit).orElse(false)) {
                    stayed = "the campaign is " + record.status().id() + "; the exit condition of " + now.stage()
                            + " is asked only while it is live (A-2)";
                }
                break;
            }
            if (!registry.exitReached(now.stage(), Transitions.view(now, now.stage(), data))) {
                break;
            }
            try {
                moved.add(transitions.apply(tx, now, StageMoves.exitReached(now, workflow), origin));
            } catch (WorkflowException e) {
                stayed = "the exit condition of " + now.stage() + " holds, but " + e.reason() + " (" + e.rule() + ")";
                break;
            }
            now = Transactions.requireParticipation(tx, now.campaign(), now.influencer());
        }
        return new DataChange(p.influencer(), now.stage(), data, moved, stayed, origin.dryRun());
    }
}
