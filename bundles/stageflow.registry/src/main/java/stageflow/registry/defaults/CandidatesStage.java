package stageflow.registry.defaults;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

@Component
@StageDefinitionProperties(id = "candidates", label = "Candidates", description = "Influencers under consideration; they land here when added.")
public class CandidatesStage implements StageDefinition {
}
