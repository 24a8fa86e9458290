package stageflow.engine;

import java.time.Clock;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import stageflow.api.Workflow;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.StageRegistry;
import stageflow.api.store.WorkflowStore;
import stageflow.engine.deliverable.PhasePolicies;

/** Publishes the engine as the {@link Workflow} service; all behaviour is in {@link WorkflowEngine}. */
@Component(service = Workflow.class)
public class WorkflowComponent extends WorkflowEngine {

    /**
     * @param policies every phase policy; greedy, so a higher-ranked policy a third party registers takes over.
     *                 Their settings change in place (ConfigAdmin), without reactivating the engine.
     */
    @Activate
    public WorkflowComponent(@Reference WorkflowStore store, @Reference StageRegistry registry,
            @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<PhasePolicy> policies) {
        super(store, registry, new PhasePolicies(policies), Clock.systemUTC());
    }
}
