package stageflow.api;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageToggle;

/**
 * Every operation on campaigns, their workflows and their influencers (workflow-spec.md). Each mutating call
 * validates first and stores its whole effect in one transaction, or throws {@link WorkflowException} and changes
 * nothing. With {@link Origin#dryRun()} it computes the same answer and stores nothing.
 */
@ProviderType
public interface Workflow {

    // campaigns (A-)

    CampaignSummary createCampaign(String campaign, String name, Origin origin);

    /** Every campaign, or those with {@code status} when it is not null. */
    List<CampaignSummary> campaigns(CampaignStatus status);

    Board board(String campaign);

    CampaignSummary changeStatus(String campaign, StatusChange change, Origin origin);

    /** Deletes a draft campaign with everything in it. */
    CampaignSummary deleteCampaign(String campaign, Origin origin);

    // workflow configuration (C-)

    /** Enables or disables a stage and its linked partner (C-2, C-3, C-6, C-7); returns every stage that changed. */
    List<StageToggle> setEnabled(String campaign, String stage, boolean enabled, Origin origin);

    /**
     * Inserts a custom stage, provided by an extension bundle now, right after {@code after} (C-6, C-9); its phase
     * follows from its position (P-1). Draft campaigns only (C-7).
     */
    Board insertStage(String campaign, String stage, String after, Origin origin);

    /** Removes a custom stage nobody is in. Draft campaigns only (C-6, C-7). */
    Board removeStage(String campaign, String stage, Origin origin);

    /** Problems of the campaign's workflow as one line each; empty when it is valid. */
    List<String> validate(String campaign);

    // influencers

    /** Adds influencers in the first enabled stage (C-4); {@code progress} hears how many were handled so far. */
    BulkResult add(String campaign, List<NewInfluencer> influencers, Origin origin, LongConsumer progress);

    /** Influencers of a campaign, optionally only those in {@code stage} or in {@code phase} (null: all). */
    List<ParticipationView> influencers(String campaign, String stage, Phase phase);

    ParticipationView influencer(String campaign, String influencer);

    /** Data recorded for an influencer (key to value, ordered by key); empty when none. */
    Map<String, String> influencerData(String campaign, String influencer);

    /**
     * Records data for one influencer (an operator's action, A-3): each entry sets a key, an empty value removes it;
     * journaled with what changed. While the campaign is live, a custom stage the influencer is in is then asked
     * its automatic exit condition; when it holds they move on in the same transaction (C-9).
     */
    DataChange recordData(String campaign, String influencer, Map<String, String> changes, Origin origin);

    /** The journal of a campaign, or of one influencer in it when {@code influencer} is not null (E-1). */
    List<JournalEntry> history(String campaign, String influencer);

    /** Moves each selected influencer to the next enabled stage (C-5, C-11). */
    BulkResult promote(String campaign, Selection selection, Origin origin);

    /** Sets the stage of each selected influencer to {@code stage}, forward or backward (C-5, C-11). */
    BulkResult move(String campaign, String stage, Selection selection, Origin origin);

    BulkResult drop(String campaign, Selection selection, Origin origin);

    /** Brings a dropped influencer back to {@code to}, or to the stage they were dropped from when null. */
    StageChange restore(String campaign, String influencer, String to, Origin origin);

    // deliverables (D-)

    /**
     * Assigns a new deliverable to one influencer, or to the campaign-level list when {@code influencer} is null
     * (which reaches exactly the influencers whose deliverables are open now, D-4). {@code overrideLock} with a
     * reason changes a locked influencer's deliverables where the phase policy allows it (D-7).
     */
    DeliverableChange assignDeliverable(String campaign, String influencer, DeliverableSpec spec, Origin origin,
            boolean overrideLock);

    /** Changes the given fields of a deliverable; same reach and lock rules as {@link #assignDeliverable}. */
    DeliverableChange editDeliverable(String campaign, String influencer, String deliverable, DeliverableSpec changes,
            Origin origin, boolean overrideLock);

    DeliverableChange removeDeliverable(String campaign, String influencer, String deliverable, Origin origin,
            boolean overrideLock);

    /**
     * Content binding (D-8): records a deliverable's published content, in a phase whose policy allows it, while the
     * campaign is live. When every deliverable of an influencer in content-creation is then complete, the
     * influencer moves to the next enabled stage in the same transaction.
     */
    DeliverableCompletion completeDeliverable(String campaign, String influencer, String deliverable, String postUrl,
            Origin origin);

    /** One influencer's deliverables, or the campaign-level list when {@code influencer} is null. */
    List<DeliverableView> deliverables(String campaign, String influencer);

    // drafts (D-9)

    /**
     * An influencer in {@code draft} submits a draft of a deliverable (live only, A-2): the next version, one in
     * review at a time. When every deliverable has a submitted or approved draft, the influencer moves to
     * {@code draft-review} in the same transaction.
     */
    DraftResult submitDraft(String campaign, String influencer, String deliverable, String url, Origin origin);

    /** Records the review of the draft version in review. */
    DraftResult reviewDraft(String campaign, String influencer, String deliverable, DraftOutcome outcome,
            String comment, Origin origin);

    /** Moves an influencer on from {@code draft-review}: every draft approved or approved-with-corrections. */
    StageChange approveDrafts(String campaign, String influencer, Origin origin);

    /** The latest draft version of each of an influencer's deliverables. */
    List<DraftView> drafts(String campaign, String influencer);

    // the store as a whole

    /**
     * Checks what is stored against what every operation keeps true: each influencer in exactly one stage of its
     * campaign's workflow, per-stage counters and the stage index equal to a recount, and the journal ending, for
     * each influencer, where they stand. Reads a consistent snapshot; changes nothing.
     *
     * @return one line per problem; empty when everything agrees
     * @since 1.1
     */
    List<String> verify();

    // influencer-side actions, recorded by the operator or an integration

    /** An application: invited to applied, or a public application by a non-member straight into applied. */
    StageChange apply(String campaign, String influencer, Origin origin);

    /** The brand accepts applications: applied to the next enabled stage. */
    BulkResult accept(String campaign, List<String> influencers, Origin origin);

    /** The brand rejects applications: applied to dropped. */
    BulkResult reject(String campaign, List<String> influencers, Origin origin);

    /** The influencer confirms: confirmation to the next enabled stage. */
    StageChange confirm(String campaign, String influencer, Origin origin);

    /** The influencer opts out: confirmation to dropped. */
    StageChange optOut(String campaign, String influencer, Origin origin);
}
