package stageflow.engine.campaign;

import static stageflow.api.CampaignStatus.ARCHIVED;
import static stageflow.api.CampaignStatus.DRAFT;
import static stageflow.api.CampaignStatus.LIVE;
import static stageflow.api.CampaignStatus.PAUSED;

import stageflow.api.CampaignStatus;
import stageflow.api.StatusChange;
import stageflow.api.WorkflowException;
import stageflow.store.spi.CampaignRecord;

/** Campaign status rules: A-1 transitions, A-2 influencer actions only while live, A-3 and C-8 for operators. */
public final class CampaignLifecycle {

    private CampaignLifecycle() {
    }

    /** The status after {@code change}, or refused with the way forward. */
    public static CampaignStatus next(CampaignRecord campaign, StatusChange change) {
        CampaignStatus from = campaign.status();
        CampaignStatus to = switch (change) {
            case LAUNCH -> from == DRAFT ? LIVE : null;
            case PAUSE -> from == LIVE ? PAUSED : null;
            case RESUME -> from == PAUSED ? LIVE : null;
            case ARCHIVE -> from == PAUSED ? ARCHIVED : null;
            case RESTORE -> from == ARCHIVED ? PAUSED : null;
        };
        if (to == null) {
            throw WorkflowException.refused("A-1", "campaign '" + campaign.id() + "' is " + from.id() + "; "
                    + change.id() + " works only from " + required(change) + wayForward(campaign.id(), from, change));
        }
        return to;
    }

    private static String required(StatusChange change) {
        return switch (change) {
            case LAUNCH -> "draft";
            case PAUSE -> "live";
            case RESUME, ARCHIVE -> "paused";
            case RESTORE -> "archived";
        };
    }

    private static String wayForward(String id, CampaignStatus from, StatusChange change) {
        if (change == StatusChange.ARCHIVE && from == LIVE) {
            return ". Pause it first: campaign:pause " + id;
        }
        return "";
    }

    /** only a draft campaign may be deleted. */
    public static void requireDeletable(CampaignRecord campaign) {
        if (campaign.status() != DRAFT) {
            throw WorkflowException.refused("A-1", "campaign '" + campaign.id() + "' is " + campaign.status().id()
                    + "; only a draft campaign can be deleted. Archive it instead (campaign:pause, campaign:archive)");
        }
    }

    /** A-3 and C-8: operator actions work in draft, live and paused; an archived campaign changes nothing. */
    public static void requireOperable(CampaignRecord campaign) {
        if (campaign.status() == ARCHIVED) {
            throw WorkflowException.refused("C-8", "campaign '" + campaign.id()
                    + "' is archived; nothing in it changes. Restore it first: campaign:restore " + campaign.id());
        }
    }

    /** influencer actions and automatic moves happen only while live. */
    public static void requireLive(CampaignRecord campaign, String action) {
        if (campaign.status() != LIVE) {
            throw WorkflowException.refused("A-2", "campaign '" + campaign.id() + "' is " + campaign.status().id()
                    + "; " + action + " is recorded only while it is live" + liveHint(campaign));
        }
    }

    private static String liveHint(CampaignRecord campaign) {
        return switch (campaign.status()) {
            case DRAFT -> ". Launch it: campaign:launch " + campaign.id();
            case PAUSED -> ". Resume it: campaign:resume " + campaign.id();
            default -> "";
        };
    }
}
