package stageflow.api.dto;

/**
 * What a phase allows now: the settings of the phase policy in force (workflow-spec section 3, P-2).
 *
 * @param incentiveStatus the status incentives take on entering the phase, or null to leave them unchanged
 */
public record PhaseRules(boolean deliverableEditing, boolean lockOverride, boolean contentBinding,
        String incentiveStatus) {
}
