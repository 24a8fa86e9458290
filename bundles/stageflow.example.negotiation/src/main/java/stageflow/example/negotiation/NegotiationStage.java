package stageflow.example.negotiation;

import org.osgi.service.component.annotations.Component;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageDefinitionProperties;

/**
 * A manual stage between Applied and Confirmation, where fee and terms are settled: operators promote influencers
 * out of it. The whole extension is this class; insert it with
 * {@code workflow:insert <campaign> negotiation --after applied}.
 */
@Component
@StageDefinitionProperties(id = "negotiation", label = "Negotiation",
        description = "Fee and terms are negotiated before the influencer confirms.")
public class NegotiationStage implements StageDefinition {
}
