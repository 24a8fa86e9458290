package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "complete", label = "Complete", description = "The collaboration is done.")
public class CompleteStage implements StageDefinition {
}
