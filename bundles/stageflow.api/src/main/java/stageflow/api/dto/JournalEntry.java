package stageflow.api.dto;

/**
 * One entry of a campaign's journal, appended and never rewritten (workflow-spec E-1).
 *
 * @param seq    position in the campaign's journal, from 1, no gaps
 * @param time   epoch milliseconds
 * @param from   the previous stage, or null when the influencer was added
 * @param to     the stage after the change
 * @param cause  {@code manual} or {@code auto:<trigger>}
 * @param reason the operator's reason, or null
 * @param detail what a deliverable change changed (E-1), or null for stage changes
 */
public record JournalEntry(long seq, long time, String influencer, String from, String to, String cause, String actor,
        String reason, String detail) {
}
