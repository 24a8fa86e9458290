package stageflow.api.dto;

import java.util.List;
import java.util.Map;

/**
 * Data recorded for one influencer, and what it set off: the automatic exits of custom stages (C-9) it satisfied.
 *
 * @param data   everything recorded for the influencer after the change
 * @param moved  automatic moves in order, each journaled {@code auto:<stage-id>}; empty when they stayed
 * @param stayed why an exit condition that held could not move them on (e.g. the next stage refused entry), or null
 * @param dryRun true when nothing was stored
 */
public record DataChange(String influencer, String stage, Map<String, String> data, List<StageChange> moved,
        String stayed, boolean dryRun) {

    public DataChange {
        data = Map.copyOf(data);
        moved = List.copyOf(moved);
    }
}
