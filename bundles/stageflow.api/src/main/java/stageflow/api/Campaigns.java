package stageflow.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.Board;
import stageflow.api.dto.CampaignSummary;

/**
 * Campaigns and their status (workflow-spec A-). Like every Stageflow service: a mutating call validates first and
 * stores its whole effect in one transaction, or throws {@link WorkflowException} and changes nothing; with
 * {@link Origin#dryRun()} it computes the same answer and stores nothing.
 */
@ProviderType
public interface Campaigns {

    /** A new campaign, status draft, with the 13 default stages (S-1). */
    CampaignSummary create(String campaign, String name, Origin origin);

    /** Every campaign, or those with {@code status} when it is not null, by id. */
    List<CampaignSummary> list(CampaignStatus status);

    /** Status and the board: each stage in workflow order with its count, {@code dropped} last. */
    Board board(String campaign);

    /** Launch, pause, resume, archive or restore. */
    CampaignSummary changeStatus(String campaign, StatusChange change, Origin origin);

    /** Deletes a draft campaign with everything in it. */
    CampaignSummary delete(String campaign, Origin origin);
}
