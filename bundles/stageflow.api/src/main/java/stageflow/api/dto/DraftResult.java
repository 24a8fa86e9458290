package stageflow.api.dto;

/**
 * A draft submitted or reviewed.
 *
 * @param moved the automatic move it caused ({@code auto:drafts-submitted}), or null
 */
public record DraftResult(String influencer, DraftView draft, StageChange moved, boolean dryRun) {
}
