package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "applied", label = "Applied", description = "Applied to the campaign; the brand accepts or rejects.")
public class AppliedStage implements StageDefinition {
}
