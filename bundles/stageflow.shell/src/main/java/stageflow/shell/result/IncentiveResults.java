package stageflow.shell.result;

import java.util.List;

import stageflow.api.dto.InfluencerDetail;
import stageflow.api.incentive.BudgetLine;
import stageflow.api.incentive.IncentiveChange;
import stageflow.api.incentive.IncentiveView;

/** What the {@code incentive:} commands and {@code campaign:budget} return; rendered in one place each. */
public final class IncentiveResults {
    private IncentiveResults() {
    }

    public record IncentiveChanged(String verb, IncentiveChange change) {
    }

    /** {@code influencer} null: the campaign-level list. */
    public record IncentiveList(String influencer, List<IncentiveView> incentives) {
    }

    public record Budget(String campaign, List<BudgetLine> lines) {
    }

    /** influencer:show: the influencer with their incentives. */
    public record InfluencerShown(InfluencerDetail detail, List<IncentiveView> incentives) {
    }
}
