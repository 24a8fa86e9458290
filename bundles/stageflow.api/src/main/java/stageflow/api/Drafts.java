package stageflow.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.StageChange;

/** Drafts of deliverables and their review (workflow-spec D-9). */
@ProviderType
public interface Drafts {

    /**
     * An influencer in {@code draft} submits a draft of a deliverable (live only, A-2): the next version, one in
     * review at a time. When every deliverable has a submitted or approved draft, the influencer moves to
     * {@code draft-review} in the same transaction.
     */
    DraftResult submit(String campaign, String influencer, String deliverable, String url, Origin origin);

    /** Records the review of the draft version in review. */
    DraftResult review(String campaign, String influencer, String deliverable, DraftOutcome outcome, String comment,
            Origin origin);

    /** Moves an influencer on from {@code draft-review}: every draft approved or approved-with-corrections. */
    StageChange approve(String campaign, String influencer, Origin origin);

    /** The latest draft version of each of an influencer's deliverables. */
    List<DraftView> list(String campaign, String influencer);
}
