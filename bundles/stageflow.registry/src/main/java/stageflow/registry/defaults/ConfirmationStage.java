package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "confirmation", label = "Confirmation", description = "Waiting for the influencer to confirm or opt out.")
public class ConfirmationStage implements StageDefinition {
}
