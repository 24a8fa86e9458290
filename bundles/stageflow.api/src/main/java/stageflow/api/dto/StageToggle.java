package stageflow.api.dto;

/** A stage whose enabled flag a workflow change set; linked partners appear together (workflow-spec C-3). */
public record StageToggle(String stage, boolean enabled) {
}
