package stageflow.phases;

import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;

/**
 * A phase policy whose settings come from ConfigAdmin. Settings are replaced as a whole on each configuration
 * change ({@code @Modified}), so a reader never sees half an update and the service stays registered.
 */
abstract class ConfiguredPhasePolicy implements PhasePolicy {
    /** The value of {@code incentiveStatus} that means: entering this phase leaves incentives as they are. */
    static final String UNCHANGED = "unchanged";

    private record Settings(boolean deliverableEditing, boolean lockOverride, boolean contentBinding,
            String incentiveStatus) {
    }

    private final Phase phase;
    private volatile Settings settings;

    ConfiguredPhasePolicy(Phase phase) {
        this.phase = phase;
    }

    final void apply(boolean deliverableEditing, boolean lockOverride, boolean contentBinding, String incentiveStatus) {
        String status = incentiveStatus == null || incentiveStatus.isBlank() || UNCHANGED.equals(incentiveStatus)
                ? null : incentiveStatus.trim();
        settings = new Settings(deliverableEditing, lockOverride, contentBinding, status);
    }

    @Override
    public Phase phase() {
        return phase;
    }

    @Override
    public boolean deliverableEditing() {
        return settings.deliverableEditing();
    }

    @Override
    public boolean lockOverride() {
        return settings.lockOverride();
    }

    @Override
    public boolean contentBinding() {
        return settings.contentBinding();
    }

    @Override
    public String incentiveStatus() {
        return settings.incentiveStatus();
    }
}
