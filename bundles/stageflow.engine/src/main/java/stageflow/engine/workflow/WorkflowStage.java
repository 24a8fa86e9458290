package stageflow.engine.workflow;

import stageflow.api.Phase;
import stageflow.api.stage.DefaultStage;

/**
 * One stage of one campaign's workflow, with everything the rules need to know about it.
 *
 * @param available false when no bundle provides the stage now (workflow-spec C-10)
 */
public record WorkflowStage(String id, String label, Phase phase, boolean enabled, boolean required,
        String linkedWith, boolean custom, boolean available) {

    public boolean isDropped() {
        return DefaultStage.DROPPED.id().equals(id);
    }

    public boolean isComplete() {
        return DefaultStage.COMPLETE.id().equals(id);
    }
}
