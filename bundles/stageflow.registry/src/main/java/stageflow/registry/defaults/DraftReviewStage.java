package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "draft-review", label = "Draft Review", description = "The brand reviews the drafts.")
public class DraftReviewStage implements StageDefinition {
}
