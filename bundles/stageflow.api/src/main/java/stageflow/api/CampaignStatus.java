package stageflow.api;

import java.util.Locale;

/** Campaign statuses of workflow-spec A-1. */
public enum CampaignStatus {
    DRAFT, LIVE, PAUSED, ARCHIVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CampaignStatus fromId(String id) {
        for (CampaignStatus status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        throw new WorkflowException(null, "unknown campaign status '" + id + "'; statuses are draft, live, paused, archived");
    }
}
