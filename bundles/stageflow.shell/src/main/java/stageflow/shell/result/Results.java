package stageflow.shell.result;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import stageflow.api.access.Grant;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageToggle;
import stageflow.api.stage.StageInfo;

/**
 * What a command answers where a service's value alone does not say all an operator sees (which verb, whether it
 * was a dry run, which of two views of one value). Lists are wrapped so their kind is known even when empty.
 */
public final class Results {
    private Results() {
    }

    /** A campaign after {@code verb} ("created", "deleted", or empty for a status change). */
    public record CampaignChanged(String verb, CampaignSummary campaign, boolean dryRun) {
    }

    public record CampaignList(List<CampaignSummary> campaigns) {
    }

    /** The stages a workflow toggle changed; linked partners appear together (C-3). */
    public record Toggled(String campaign, List<StageToggle> toggles, boolean dryRun) {
    }

    /** A custom stage inserted (after {@code after}) or removed, and the workflow after it. */
    public record Layout(String verb, String stage, String after, Board board, boolean dryRun) {
    }

    /** A campaign's workflow in full, rather than the board's counts. */
    public record WorkflowTable(Board board) {
    }

    /** What a check found: nothing (the command succeeds) or one line per problem (it fails). */
    public record Problems(Check check, String subject, List<String> problems) {
        public enum Check {
            WORKFLOW, STORE
        }
    }

    public record StageList(List<StageInfo> stages) {
    }

    public record InfluencerList(List<ParticipationView> influencers) {
    }

    /** An import: many thousands of lines would say little, so only refusals and the count are shown. */
    public record Imported(BulkResult result) {
    }

    /** One influencer's stage change. */
    public record Moved(StageChange change, boolean dryRun) {
    }

    public record DataView(String influencer, Map<String, String> data) {
    }

    public record History(List<JournalEntry> entries) {
    }

    /** A deliverable {@code verb} ("assigned", "changed", "removed"). */
    public record DeliverableEdited(String verb, DeliverableChange change) {
    }

    public record DeliverableList(List<DeliverableView> deliverables) {
    }

    /**
     * A grant or revocation: {@code grant} is the user's access after it, null when none is left.
     *
     * @param key the fingerprint of the key granted or revoked, null for all of a user's keys
     */
    public record AccessChanged(String verb, String user, String key, Grant grant, boolean dryRun) {
    }

    public record AccessList(List<Grant> grants) {
    }

    /** A file a command wrote, e.g. a backup. */
    public record FileWritten(String what, Path file, long bytes) {
    }
}
