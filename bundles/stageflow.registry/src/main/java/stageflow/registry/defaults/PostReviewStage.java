package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "post-review", label = "Post Review", description = "The brand reviews the published posts.")
public class PostReviewStage implements StageDefinition {
}
