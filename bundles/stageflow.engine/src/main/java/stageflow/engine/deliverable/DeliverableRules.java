package stageflow.engine.deliverable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import stageflow.api.DeliverableKind;
import stageflow.api.DeliverableSpec;
import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.phase.PhasePolicy;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.ParticipationRecord;

/** Deliverable rules on plain values: D-1 shape, D-3 and D-7 lock decisions, and what an edit changed (E-1). */
public final class DeliverableRules {
    private static final int MAX_COUNT = 1000;

    private DeliverableRules() {
    }

    /** D-1: a new deliverable from a complete spec. */
    public static DeliverableRecord create(String campaign, String owner, String id, DeliverableSpec spec,
            boolean fromCampaign) {
        if (spec.kind() == null) {
            throw WorkflowException.invalid("a deliverable needs a kind: content, amplify or review");
        }
        DeliverableRecord blank = new DeliverableRecord(campaign, owner, id, spec.kind().id(), null, 0, null, null,
                null, fromCampaign, null);
        return merge(blank, spec);
    }

    /** D-1: {@code current} with the non-null fields of {@code changes}, checked as a whole. */
    public static DeliverableRecord merge(DeliverableRecord current, DeliverableSpec changes) {
        String kind = changes.kind() != null ? changes.kind().id() : current.kind();
        boolean content = kind.equals(DeliverableKind.CONTENT.id());
        String type = changes.contentType() != null ? changes.contentType().id() : current.contentType();
        int count = changes.count() != null ? changes.count() : current.count();
        String url = changes.url() != null ? changes.url() : current.url();
        String due = changes.due() != null ? date(changes.due()) : current.due();
        String description = changes.description() != null ? changes.description() : current.description();
        if (content) {
            if (type == null) {
                throw WorkflowException.refused("D-1", "a content deliverable needs --content-type (instagram,"
                        + " tiktok, youtube, ...)");
            }
            if (count == 0) {
                count = 1;
            }
            if (count < 1 || count > MAX_COUNT) {
                throw WorkflowException.refused("D-1", "a content deliverable has --count from 1 to " + MAX_COUNT
                        + ", not " + count);
            }
        } else {
            if (changes.contentType() != null || (changes.count() != null && changes.count() != 0)) {
                throw WorkflowException.refused("D-1", "--content-type and --count belong to content deliverables,"
                        + " not " + kind);
            }
            type = null;
            count = 0;
        }
        if (kind.equals(DeliverableKind.AMPLIFY.id()) && (url == null || url.isBlank())) {
            throw WorkflowException.refused("D-1", "an amplify deliverable needs the --url to share");
        }
        return new DeliverableRecord(current.campaign(), current.influencer(), current.id(), kind, type, count, url,
                due, description, current.fromCampaign(), current.postUrl());
    }

    private static String date(String due) {
        try {
            return LocalDate.parse(due).toString();
        } catch (DateTimeParseException e) {
            throw WorkflowException.invalid("--due '" + (due.length() > 20 ? due.substring(0, 17) + "..." : due)
                    + "' is not a date; use yyyy-mm-dd");
        }
    }

    /** Whether the owner's deliverables are open now: decided by the policy of their phase (D-3, D-5). */
    public static boolean open(PhasePolicy policy) {
        return policy.deliverableEditing();
    }

    /**
     * D-3 and D-7: may this influencer's deliverables change now? Returns true when the change goes through as an
     * override, false when they are open anyway; refuses otherwise.
     */
    public static boolean requireEditable(ParticipationRecord p, Phase phase, PhasePolicy policy, boolean override,
            String reason) {
        return requireEditable(p, phase, policy, override, reason, "deliverable");
    }

    /**
     * The same lock for another part of an influencer's record that phases open and close like deliverables
     * ({@code what}: deliverable, incentive): one rule, one set of answers.
     */
    public static boolean requireEditable(ParticipationRecord p, Phase phase, PhasePolicy policy, boolean override,
            String reason, String what) {
        if (open(policy)) {
            return false;
        }
        if (!override) {
            throw WorkflowException.refused("D-3", "influencer '" + p.influencer() + "' is in phase " + phase.id()
                    + " (stage " + p.stage() + "); " + what + "s are locked. Move them back to the candidates phase"
                    + " or use --override-lock --reason \"...\"");
        }
        if (reason == null || reason.isBlank()) {
            throw WorkflowException.refused("D-7", "--override-lock needs --reason \"...\": the history records why"
                    + " a locked " + what + " changed");
        }
        if (!policy.lockOverride()) {
            throw WorkflowException.refused("D-7", "the policy of phase " + phase.id() + " forbids lock overrides"
                    + " (runtime-config/stageflow.phase-" + phase.id() + ".cfg: lockOverride=false); move '"
                    + p.influencer() + "' back to the candidates phase to change their " + what + "s");
        }
        return true;
    }

    /** What changed, for the journal: {@code d3: count 2 -> 3, due - -> 2026-12-01}. */
    public static String diff(DeliverableRecord before, DeliverableRecord after) {
        if (before == null) {
            return after.id() + ": assigned " + describe(after);
        }
        if (after == null) {
            return before.id() + ": removed " + describe(before);
        }
        List<String> changes = new ArrayList<>();
        field(changes, "kind", before.kind(), after.kind());
        field(changes, "content type", before.contentType(), after.contentType());
        field(changes, "count", before.count(), after.count());
        field(changes, "url", before.url(), after.url());
        field(changes, "due", before.due(), after.due());
        field(changes, "description", before.description(), after.description());
        return after.id() + ": " + (changes.isEmpty() ? "unchanged" : String.join(", ", changes));
    }

    public static String describe(DeliverableRecord d) {
        return d.kind() + (d.contentType() == null ? "" : " " + d.count() + "x " + d.contentType())
                + (d.due() == null ? "" : " due " + d.due());
    }

    private static void field(List<String> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + " " + (before == null ? "-" : before) + " -> " + (after == null ? "-" : after));
        }
    }
}
