package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "content-creation", label = "Content Creation", description = "The influencer publishes the deliverables.")
public class ContentCreationStage implements StageDefinition {
}
