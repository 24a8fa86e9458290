package stageflow.engine.workflow;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.dto.PhaseRules;
import stageflow.api.phase.PhasePolicy;

/**
 * The one place that decides which phase policy is in force (P-2): of several for one phase, the highest ranked.
 * A bundle-private service of the engine, shared by its components; policies come and go (a configuration added,
 * a third party's policy deployed) without reactivating anything.
 */
@Component(service = PhasePolicies.class)
public final class PhasePolicies {

    /** Sorted by ranking, lowest first (DS 112.3.8.1), replaced as a whole on every change. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<PhasePolicy> policies = List.of();

    public PhasePolicies() {
    }

    /** Policies given directly, lowest ranked first (engine tests, benchmarks). */
    public PhasePolicies(List<PhasePolicy> policies) {
        this.policies = List.copyOf(policies);
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
        for (PhasePolicy policy : policies) {
            if (policy.phase() == phase) {
                chosen = policy;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
