package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "deliverables", label = "Deliverables", description = "Deliverables are settled per influencer before they start.")
public class DeliverablesStage implements StageDefinition {
}
