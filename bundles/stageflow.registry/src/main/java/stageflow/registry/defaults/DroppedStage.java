package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "dropped", label = "Dropped", description = "Out of the campaign; restore brings them back.")
public class DroppedStage implements StageDefinition {
}
