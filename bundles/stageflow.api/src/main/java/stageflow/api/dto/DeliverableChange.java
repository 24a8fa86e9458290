package stageflow.api.dto;

/**
 * What a deliverable command did.
 *
 * @param deliverable the deliverable's id
 * @param updated     influencers whose deliverables changed
 * @param locked      influencers a campaign-level change did not reach because their deliverables are locked (D-4)
 * @param dryRun      true when nothing was stored
 */
public record DeliverableChange(String deliverable, long updated, long locked, boolean dryRun) {
}
