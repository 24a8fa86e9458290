package stageflow.engine.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import stageflow.api.CampaignStatus;
import stageflow.api.WorkflowException;
import stageflow.api.dto.StageToggle;
import stageflow.store.spi.StageSlot;

/** Enabling and disabling stages: C-2 required stages, C-3 linked pairs, C-6 draft, C-7 live or paused. */
public final class WorkflowToggles {

    /** The new slots and the stages that changed. */
    public record Outcome(List<StageSlot> slots, List<StageToggle> changed) {
    }

    private WorkflowToggles() {
    }

    /**
     * @param inStage    influencers in a stage now
     * @param enteredEver influencers that have ever entered a stage
     */
    public static Outcome setEnabled(String campaign, CampaignStatus status, CampaignWorkflow workflow, String stageId,
            boolean enable, ToLongFunction<String> inStage, ToLongFunction<String> enteredEver) {
        WorkflowStage stage = workflow.require(stageId, campaign);
        List<WorkflowStage> group = new ArrayList<>();
        group.add(stage);
        if (stage.linkedWith() != null) {
            workflow.stage(stage.linkedWith()).ifPresent(group::add);
        }
        if (!enable) {
            for (WorkflowStage member : group) {
                if (member.required()) {
                    throw WorkflowException.refused("C-2", "stage '" + member.id() + "' is required and can never be"
                            + " disabled" + (member == stage ? "" : " (it is linked with '" + stage.id() + "')"));
                }
            }
            if (status != CampaignStatus.DRAFT) {
                requireUnused(campaign, status, stage, group, inStage, enteredEver);
            }
        }
        List<String> ids = group.stream().map(WorkflowStage::id).toList();
        List<StageToggle> changed = group.stream().filter(s -> s.enabled() != enable)
                .map(s -> new StageToggle(s.id(), enable)).toList();
        // C-3: the pair changes together, in one write, so a half-enabled pair is never stored
        return new Outcome(workflow.withEnabled(ids, enable), changed);
    }

    /** C-7: in a live or paused campaign a stage may be disabled only if nobody is in it and nobody ever was. */
    private static void requireUnused(String campaign, CampaignStatus status, WorkflowStage stage,
            List<WorkflowStage> group, ToLongFunction<String> inStage, ToLongFunction<String> enteredEver) {
        long now = group.stream().mapToLong(s -> inStage.applyAsLong(s.id())).sum();
        long ever = group.stream().mapToLong(s -> enteredEver.applyAsLong(s.id())).sum();
        if (now > 0 || ever > 0) {
            String which = group.size() > 1 ? "stages '" + group.get(0).id() + "' and '" + group.get(1).id() + "'"
                    : "stage '" + stage.id() + "'";
            throw WorkflowException.refused("C-7", which + " cannot be disabled while campaign '" + campaign + "' is "
                    + status.id() + ": " + now + " influencer(s) are in it now and " + ever
                    + " have entered it. Only stages nobody has entered can be disabled once a campaign is live");
        }
    }
}
