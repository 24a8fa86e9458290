package stageflow.engine.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;
import stageflow.store.spi.StageSlot;

/**
 * A campaign's workflow (workflow-spec C-1): its stages in order, {@code dropped} last and outside the order, each
 * enabled or not, with phases (P-1) and availability resolved against the stages the registry knows now.
 */
public final class CampaignWorkflow {
    private final List<StageSlot> slots;
    private final List<WorkflowStage> stages;

    public CampaignWorkflow(List<StageSlot> slots, Function<String, Optional<StageInfo>> registry) {
        this.slots = List.copyOf(slots);
        List<WorkflowStage> resolved = new ArrayList<>(slots.size());
        Phase previous = Phase.CANDIDATES;
        for (StageSlot slot : slots) {
            Optional<DefaultStage> standard = DefaultStage.byId(slot.stage());
            Optional<StageInfo> info = registry.apply(slot.stage());
            // P-1: a custom stage takes the phase of the stage just before it, enabled or not
            Phase phase = standard.map(DefaultStage::phase).orElse(previous);
            String label = info.map(StageInfo::label)
                    .or(() -> standard.map(DefaultStage::label))
                    .or(() -> Optional.ofNullable(slot.label()))
                    .orElse(slot.stage());
            resolved.add(new WorkflowStage(slot.stage(), label, phase, slot.enabled(),
                    standard.map(DefaultStage::required).orElse(false),
                    standard.map(DefaultStage::linkedWith).orElse(null), standard.isEmpty(),
                    standard.isPresent() || info.isPresent()));
            previous = phase;
        }
        this.stages = List.copyOf(resolved);
    }

    /** S-1: the 13 default stages in order, all enabled. */
    public static List<StageSlot> defaultSlots() {
        List<StageSlot> slots = new ArrayList<>();
        for (DefaultStage stage : DefaultStage.values()) {
            slots.add(new StageSlot(stage.id(), true, null));
        }
        return slots;
    }

    public List<StageSlot> slots() {
        return slots;
    }

    public List<WorkflowStage> stages() {
        return stages;
    }

    public Optional<WorkflowStage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The stage, or an error naming the campaign's stages. */
    public WorkflowStage require(String id, String campaign) {
        return stage(id).orElseThrow(() -> WorkflowException.invalid("campaign '" + campaign + "' has no stage '"
                + id + "'; workflow:show " + campaign + " lists its stages"));
    }

    /** C-4: added influencers land in the first enabled stage, never {@code complete} or {@code dropped}. */
    public WorkflowStage entryStage() {
        return stages.stream().filter(s -> s.enabled() && !s.isComplete() && !s.isDropped()).findFirst()
                .orElseThrow(() -> new IllegalStateException("workflow without an enabled entry stage: " + slots));
    }

    /** C-5: the next enabled stage after {@code id} in workflow order; {@code dropped} is never next. */
    public Optional<WorkflowStage> nextEnabledAfter(String id) {
        boolean after = false;
        for (WorkflowStage stage : stages) {
            if (after && stage.enabled() && !stage.isDropped()) {
                return Optional.of(stage);
            }
            after |= stage.id().equals(id);
        }
        return Optional.empty();
    }

    public Phase phaseOf(String id) {
        return stage(id).map(WorkflowStage::phase).orElse(Phase.CANDIDATES);
    }

    public String labelOf(String id) {
        return stage(id).map(WorkflowStage::label).orElse(id);
    }

    /** The slots with {@code ids} set to {@code enabled}. */
    List<StageSlot> withEnabled(List<String> ids, boolean enabled) {
        List<StageSlot> next = new ArrayList<>(slots.size());
        for (StageSlot slot : slots) {
            next.add(ids.contains(slot.stage()) ? slot.withEnabled(enabled) : slot);
        }
        return next;
    }
}
