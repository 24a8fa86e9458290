package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "pre-payment", label = "Pre-Payment", description = "Incentives paid before content is created.")
public class PrePaymentStage implements StageDefinition {
}
