package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "draft", label = "Draft", description = "The influencer submits drafts of each deliverable.")
public class DraftStage implements StageDefinition {
}
