package stageflow.engine.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.dto.PhaseRules;
import stageflow.api.phase.PhasePolicy;

/**
 * The one place that decides which phase policy is in force (P-2): of several for one phase, the highest ranked.
 * Policies come and go (a configuration added, a third party's policy deployed) without reactivating anything: the
 * list is asked anew for each decision.
 */
public final class PhasePolicies {
    /** The installed policies, lowest ranked first: DS keeps a dynamic reference sorted so (112.3.8.1). */
    private final Supplier<List<PhasePolicy>> policies;

    public PhasePolicies(Supplier<List<PhasePolicy>> installed) {
        this.policies = installed;
    }

    /** Policies given directly, lowest ranked first (engine tests, benchmarks). */
    public PhasePolicies(List<PhasePolicy> policies) {
        List<PhasePolicy> fixed = List.copyOf(policies);
        this.policies = () -> fixed;
    }

    /** The policy in force for {@code phase}, or a refusal naming what is missing. */
    public PhasePolicy of(Phase phase) {
        return find(phase).orElseThrow(() -> WorkflowException.invalid("no phase policy for phase " + phase.id()
                + " is installed; the stageflow.phases bundle provides them"));
    }

    /** The rules of the policy in force, as values; empty when none is installed. */
    public Optional<PhaseRules> rules(Phase phase) {
        return find(phase).map(p -> new PhaseRules(p.deliverableEditing(), p.lockOverride(), p.contentBinding(),
                p.incentiveStatus()));
    }

    private Optional<PhasePolicy> find(Phase phase) {
        PhasePolicy chosen = null;
        for (PhasePolicy policy : policies.get()) {
            if (policy.phase() == phase) {
                chosen = policy;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
