package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "post-payment", label = "Post-Payment", description = "Incentives paid after the content is published.")
public class PostPaymentStage implements StageDefinition {
}
