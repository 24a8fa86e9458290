package stageflow.api.dto;

import java.util.List;

/**
 * What a bulk command did (workflow-spec C-11): the moves made and, per influencer that could not move, why.
 *
 * @param dryRun true when nothing was stored: {@code changed} is what would have changed
 */
public record BulkResult(List<StageChange> changed, List<Failure> failed, boolean dryRun) {

    public BulkResult {
        changed = List.copyOf(changed);
        failed = List.copyOf(failed);
    }
}
