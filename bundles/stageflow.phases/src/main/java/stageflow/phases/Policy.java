package stageflow.phases;

import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;

/**
 * A phase policy as a service object. Its settings are replaced as a whole when its configuration changes, so a
 * reader never sees half an update and the service stays registered.
 */
final class Policy implements PhasePolicy {
    private final Phase phase;
    private volatile PhaseSettings settings;

    Policy(Phase phase, PhaseSettings settings) {
        this.phase = phase;
        this.settings = settings;
    }

    void settle(PhaseSettings next) {
        settings = next;
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
