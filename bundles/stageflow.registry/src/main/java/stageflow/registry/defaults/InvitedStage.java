package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "invited", label = "Invited", description = "Invited to the campaign; an application moves them to Applied.")
public class InvitedStage implements StageDefinition {
}
