package stageflow.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.BulkResult;
import stageflow.api.dto.StageChange;

/**
 * Moving influencers through the workflow: the operator's moves (C-5, C-11; A-3) and the influencer-side actions
 * an operator or an integration records (A-2: only while the campaign is live).
 */
@ProviderType
public interface InfluencerMoves {

    /** Moves each selected influencer to the next enabled stage (C-5, C-11). */
    BulkResult promote(String campaign, Selection selection, Origin origin);

    /** Sets the stage of each selected influencer to {@code stage}, forward or backward (C-5, C-11). */
    BulkResult move(String campaign, String stage, Selection selection, Origin origin);

    BulkResult drop(String campaign, Selection selection, Origin origin);

    /** Brings a dropped influencer back to {@code to}, or to the stage they were dropped from when null. */
    StageChange restore(String campaign, String influencer, String to, Origin origin);

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
