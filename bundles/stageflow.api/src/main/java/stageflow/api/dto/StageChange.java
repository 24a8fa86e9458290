package stageflow.api.dto;

/**
 * One influencer moved from one stage to another.
 *
 * @param from  the previous stage, or null when the influencer was just added
 * @param cause {@code manual} or {@code auto:<trigger>} (workflow-spec E-1)
 */
public record StageChange(String influencer, String from, String to, String cause) {
}
