package stageflow.engine;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Workflow;
import stageflow.api.stage.StageRegistry;
import stageflow.api.store.WorkflowStore;

/** Publishes the engine as the {@link Workflow} service; all behaviour is in {@link WorkflowEngine}. */
@Component(service = Workflow.class)
public class WorkflowComponent extends WorkflowEngine {

    @Activate
    public WorkflowComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        super(store, registry, Clock.systemUTC());
    }
}
