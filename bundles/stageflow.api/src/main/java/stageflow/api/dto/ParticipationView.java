package stageflow.api.dto;

import stageflow.api.Phase;

/** One influencer in one campaign: where they stand now. */
public record ParticipationView(String campaign, String influencer, String name, String email, String stage,
        String stageLabel, Phase phase, long since) {
}
