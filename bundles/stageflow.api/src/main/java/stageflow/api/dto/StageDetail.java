package stageflow.api.dto;

import stageflow.api.Phase;
import stageflow.api.stage.StageInfo;

/**
 * A stage with what decides its behaviour.
 *
 * @param phase      the phase of a default stage; null for a custom stage, whose phase follows from its position in
 *                   each campaign's workflow (P-1)
 * @param required   a default stage that can never be disabled (C-2)
 * @param linkedWith the partner toggled together with it (C-3), or null
 * @param rules      the rules of its phase in force now; null for a custom stage, or when no policy is installed
 */
public record StageDetail(StageInfo stage, Phase phase, boolean required, String linkedWith, PhaseRules rules) {
}
