package stageflow.api.dto;

/** The latest version of a deliverable's draft. */
public record DraftView(String deliverable, int version, String url, String status, String comment) {
}
