package stageflow.engine.workflow;

import java.util.ArrayList;
import java.util.List;

import stageflow.api.CampaignStatus;
import stageflow.api.WorkflowException;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;
import stageflow.store.spi.StageSlot;

/** Inserting and removing custom stages: C-6 (draft only), C-7 (never while live or paused), C-9 (before complete). */
public final class WorkflowLayout {

    private WorkflowLayout() {
    }

    /** The slots with the custom stage {@code stage} right after {@code after}; its phase follows from there (P-1). */
    public static List<StageSlot> insert(String campaign, CampaignStatus status, CampaignWorkflow workflow,
            StageInfo stage, String after) {
        requireDraft(campaign, status, "inserted");
        if (!stage.custom()) {
            throw WorkflowException.refused("C-6", "'" + stage.id() + "' is a default stage, part of every workflow;"
                    + " enable or disable it instead");
        }
        if (workflow.stage(stage.id()).isPresent()) {
            throw WorkflowException.invalid("stage '" + stage.id() + "' is already in the workflow of '" + campaign
                    + "'");
        }
        WorkflowStage anchor = workflow.require(after, campaign);
        if (anchor.isComplete() || anchor.isDropped()) {
            throw WorkflowException.refused("C-9", "a custom stage cannot stand after " + anchor.id()
                    + "; insert it --after a stage before complete");
        }
        List<StageSlot> slots = new ArrayList<>();
        for (StageSlot slot : workflow.slots()) {
            slots.add(slot);
            if (slot.stage().equals(after)) {
                slots.add(new StageSlot(stage.id(), true, stage.label()));
            }
        }
        return slots;
    }

    /** The slots without the custom stage {@code stage}, which nobody may be in. */
    public static List<StageSlot> remove(String campaign, CampaignStatus status, CampaignWorkflow workflow,
            String stage, long inStage) {
        requireDraft(campaign, status, "removed");
        WorkflowStage existing = workflow.require(stage, campaign);
        if (DefaultStage.isDefault(stage)) {
            throw WorkflowException.refused("C-6", "'" + stage + "' is a default stage and cannot be removed;"
                    + " disable it instead: workflow:disable " + campaign + " " + stage);
        }
        if (inStage > 0) {
            throw WorkflowException.refused("C-6", inStage + " influencer(s) are in stage '" + existing.id()
                    + "'; move them out first: influencer:move " + campaign + " <stage> --stage " + existing.id());
        }
        return workflow.slots().stream().filter(s -> !s.stage().equals(stage)).toList();
    }

    private static void requireDraft(String campaign, CampaignStatus status, String verb) {
        if (status == CampaignStatus.ARCHIVED) {
            throw WorkflowException.refused("C-8", "campaign '" + campaign + "' is archived; nothing in it changes");
        }
        if (status != CampaignStatus.DRAFT) {
            throw WorkflowException.refused("C-7", "campaign '" + campaign + "' is " + status.id()
                    + "; custom stages are " + verb + " only while a campaign is draft (they may still be disabled)");
        }
    }
}
