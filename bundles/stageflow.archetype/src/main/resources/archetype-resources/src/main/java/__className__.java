package ${package};

import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

/**
 * The ${stageLabel} stage. Operators place it with {@code workflow:insert <campaign> ${stageId} --after <stage>}.
 * Both hooks are optional: delete one and the stage has no entry check, or a manual exit.
 */
@Component
@StageDefinitionProperties(id = "${stageId}", label = "${stageLabel}",
        description = "What happens in this stage, in one sentence for operators.")
public class ${className} implements StageDefinition {
    /** Data this stage reads; record it with a command of your own that calls Influencers.recordData. */
    static final String DONE = "${stageId}.done";

    @Override
    public Optional<String> refuseEntry(InfluencerView influencer) {
        // return a reason, phrased with the way forward, to keep the influencer out
        return Optional.empty();
    }

    @Override
    public boolean exitReached(InfluencerView influencer) {
        // true moves the influencer on by itself (journaled auto:${stageId}) when their data changes
        return influencer.value(DONE).isPresent();
    }
}
