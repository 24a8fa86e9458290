package stageflow.api.incentive;

import stageflow.api.dto.StageChange;

/**
 * What an incentive command changed.
 *
 * @param incentive the incentive after the change (for a campaign-level add: the campaign-level one)
 * @param updated   influencers whose incentives changed (1 for one influencer's; for a campaign-level add, those
 *                  whose incentives were open)
 * @param locked    influencers a campaign-level add did not reach, their incentives locked
 * @param moved     the stage change it caused (I-3), or null
 */
public record IncentiveChange(IncentiveView incentive, long updated, long locked, StageChange moved,
        boolean dryRun) {
}
