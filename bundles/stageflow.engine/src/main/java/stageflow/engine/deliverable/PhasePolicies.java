package stageflow.engine.deliverable;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.phase.PhasePolicy;

/** The policy in force for each phase: of several for one phase, the last in the list (the highest ranked). */
public final class PhasePolicies {
    private final Map<Phase, PhasePolicy> byPhase = new EnumMap<>(Phase.class);

    public PhasePolicies(List<PhasePolicy> policies) {
        policies.forEach(p -> byPhase.put(p.phase(), p));
    }

    public PhasePolicy of(Phase phase) {
        PhasePolicy policy = byPhase.get(phase);
        if (policy == null) {
            throw WorkflowException.invalid("no phase policy for phase " + phase.id() + " is installed;"
                    + " the stageflow.phases bundle provides them");
        }
        return policy;
    }
}
