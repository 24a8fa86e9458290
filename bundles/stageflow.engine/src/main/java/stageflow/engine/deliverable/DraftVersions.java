package stageflow.engine.deliverable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import stageflow.api.DraftOutcome;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.DraftView;
import stageflow.api.stage.DefaultStage;
import stageflow.engine.journal.Notes;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.DraftRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;

/** Drafts of deliverables (D-9): versions, one in review at a time, and when an influencer may move on. */
public final class DraftVersions {
    private final LongSupplier clock;

    public DraftVersions(LongSupplier clock) {
        this.clock = clock;
    }

    /** The latest version per deliverable, in deliverable order. */
    public static Map<String, DraftRecord> latest(StoreReader tx, String campaign, String influencer) {
        Map<String, DraftRecord> latest = new LinkedHashMap<>();
        tx.drafts(campaign, influencer).forEach(d -> latest.put(d.deliverable(), d));
        return latest;
    }

    public static List<DraftView> views(StoreReader tx, String campaign, String influencer) {
        return latest(tx, campaign, influencer).values().stream()
                .map(d -> new DraftView(d.deliverable(), d.version(), d.url(), d.status(), d.comment())).toList();
    }

    /**
     * Submits the next version of a deliverable's draft. Returns true when every deliverable now has a draft that
     * is submitted or accepted, so the influencer moves to draft-review.
     */
    public boolean submit(StoreTransaction tx, ParticipationRecord p, String deliverable, String url, Origin origin) {
        if (!p.stage().equals(DefaultStage.DRAFT.id())) {
            throw WorkflowException.refused("D-9", "drafts are submitted in the draft stage; '" + p.influencer()
                    + "' is in " + p.stage() + (p.stage().equals(DefaultStage.DRAFT_REVIEW.id())
                            ? ". Move them back to draft for another version: influencer:move " + p.campaign()
                                    + " draft " + p.influencer() : ""));
        }
        requireDeliverable(tx, p, deliverable);
        DraftRecord previous = latest(tx, p.campaign(), p.influencer()).get(deliverable);
        if (previous != null && previous.inReview()) {
            throw WorkflowException.refused("D-9", "version " + previous.version() + " of " + deliverable
                    + " is in review; one version at a time. Review it with draft:review first");
        }
        if (previous != null && DraftOutcome.fromId(previous.status()).accepted()) {
            throw WorkflowException.refused("D-9", "the draft of " + deliverable + " is " + previous.status()
                    + " (version " + previous.version() + "); nothing to resubmit");
        }
        int version = previous == null ? 1 : previous.version() + 1;
        tx.putDraft(new DraftRecord(p.campaign(), p.influencer(), deliverable, version, url, DraftRecord.SUBMITTED,
                null, clock.getAsLong()));
        journal(tx, p, "draft:submit", origin, deliverable + " v" + version + " submitted" + (url == null ? "" : " " + url));
        return allDrafted(tx, p);
    }

    public DraftRecord review(StoreTransaction tx, ParticipationRecord p, String deliverable, DraftOutcome outcome,
            String comment, Origin origin) {
        DraftRecord current = latest(tx, p.campaign(), p.influencer()).get(deliverable);
        if (current == null || !current.inReview()) {
            throw WorkflowException.refused("D-9", "no draft of " + deliverable + " by '" + p.influencer()
                    + "' is in review" + (current == null ? "" : " (version " + current.version() + " is "
                            + current.status() + ")"));
        }
        DraftRecord reviewed = current.reviewed(outcome.id(), comment, clock.getAsLong());
        tx.putDraft(reviewed);
        journal(tx, p, "draft:review", origin, deliverable + " v" + current.version() + " " + outcome.id()
                + (comment == null ? "" : ": " + comment));
        return reviewed;
    }

    /** D-9: approve needs every deliverable's draft approved or approved-with-corrections. */
    public void requireApprovable(StoreReader tx, ParticipationRecord p) {
        if (!p.stage().equals(DefaultStage.DRAFT_REVIEW.id())) {
            throw WorkflowException.refused("D-9", "'" + p.influencer() + "' is in " + p.stage()
                    + "; draft:approve moves influencers on from draft-review");
        }
        Map<String, DraftRecord> latest = latest(tx, p.campaign(), p.influencer());
        String missing = tx.deliverables(p.campaign(), p.influencer()).stream()
                .map(DeliverableRecord::id)
                .filter(id -> latest.get(id) == null || latest.get(id).inReview()
                        || !DraftOutcome.fromId(latest.get(id).status()).accepted())
                .map(id -> id + " " + (latest.get(id) == null ? "has no draft" : "is " + latest.get(id).status()))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw WorkflowException.refused("D-9", "'" + p.influencer() + "' cannot be approved: " + missing
                    + "; every draft must be approved or approved-with-corrections");
        }
    }

    private static boolean allDrafted(StoreReader tx, ParticipationRecord p) {
        Map<String, DraftRecord> latest = latest(tx, p.campaign(), p.influencer());
        return tx.deliverables(p.campaign(), p.influencer()).stream().allMatch(d -> {
            DraftRecord draft = latest.get(d.id());
            return draft != null && (draft.inReview() || DraftOutcome.fromId(draft.status()).accepted());
        });
    }

    private static void requireDeliverable(StoreReader tx, ParticipationRecord p, String deliverable) {
        if (tx.deliverables(p.campaign(), p.influencer()).stream().noneMatch(d -> d.id().equals(deliverable))) {
            throw WorkflowException.invalid("'" + p.influencer() + "' has no deliverable '" + deliverable
                    + "'; deliverable:list " + p.campaign() + " " + p.influencer() + " lists them");
        }
    }

    private void journal(StoreTransaction tx, ParticipationRecord p, String cause, Origin origin, String detail) {
        Notes.append(tx, clock.getAsLong(), p, cause, origin, detail);
    }
}
