package stageflow.api.dto;

import stageflow.api.Phase;

/**
 * One stage of a campaign's workflow as the board shows it.
 *
 * @param linkedWith the partner toggled together with this stage (workflow-spec C-3), or null
 * @param custom     provided by an extension rather than one of the 13 default stages
 * @param available  false when the providing bundle is gone (workflow-spec C-10)
 * @param count      influencers in the stage now
 */
public record StageRow(String id, String label, Phase phase, boolean enabled, boolean required, String linkedWith,
        boolean custom, boolean available, long count) {
}
