package stageflow.api.dto;

import stageflow.api.CampaignStatus;

/** One line of {@code campaign:list}. */
public record CampaignSummary(String id, String name, CampaignStatus status, long influencers) {
}
