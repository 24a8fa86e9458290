package stageflow.api.dto;

/**
 * A deliverable marked complete (D-8).
 *
 * @param moved the automatic move it caused ({@code auto:content-complete}), or null
 */
public record DeliverableCompletion(String deliverable, String influencer, String postUrl, StageChange moved,
        boolean dryRun) {
}
