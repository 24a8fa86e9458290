package stageflow.api.stage;

import java.util.Optional;

import stageflow.api.Phase;

/**
 * The 13 default stages of workflow-spec S-1, in workflow order ({@code dropped} sits outside the order). This is
 * the one place the table lives: the registry contributes these stages, the engine builds new workflows from it.
 */
public enum DefaultStage {
    CANDIDATES("candidates", "Candidates", Phase.CANDIDATES, false, null),
    INVITED("invited", "Invited", Phase.CANDIDATES, false, "applied"),
    APPLIED("applied", "Applied", Phase.CANDIDATES, false, "invited"),
    DELIVERABLES("deliverables", "Deliverables", Phase.CANDIDATES, false, null),
    CONFIRMATION("confirmation", "Confirmation", Phase.PARTICIPANTS, false, null),
    PRE_PAYMENT("pre-payment", "Pre-Payment", Phase.PARTICIPANTS, false, null),
    DRAFT("draft", "Draft", Phase.PARTICIPANTS, false, "draft-review"),
    DRAFT_REVIEW("draft-review", "Draft Review", Phase.PARTICIPANTS, false, "draft"),
    CONTENT_CREATION("content-creation", "Content Creation", Phase.PARTICIPANTS, true, null),
    POST_REVIEW("post-review", "Post Review", Phase.PARTICIPANTS, false, null),
    POST_PAYMENT("post-payment", "Post-Payment", Phase.PARTICIPANTS, false, null),
    COMPLETE("complete", "Complete", Phase.COMPLETE, true, null),
    DROPPED("dropped", "Dropped", Phase.DROPPED, true, null);

    private final String id;
    private final String label;
    private final Phase phase;
    private final boolean required;
    private final String linkedWith;

    DefaultStage(String id, String label, Phase phase, boolean required, String linkedWith) {
        this.id = id;
        this.label = label;
        this.phase = phase;
        this.required = required;
        this.linkedWith = linkedWith;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Phase phase() {
        return phase;
    }

    /** Required stages can never be disabled (workflow-spec C-2). */
    public boolean required() {
        return required;
    }

    /** The partner enabled and disabled together with this stage (workflow-spec C-3), or null. */
    public String linkedWith() {
        return linkedWith;
    }

    public static Optional<DefaultStage> byId(String id) {
        for (DefaultStage stage : values()) {
            if (stage.id.equals(id)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    public static boolean isDefault(String id) {
        return byId(id).isPresent();
    }
}
