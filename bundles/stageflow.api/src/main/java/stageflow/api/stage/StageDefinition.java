package stageflow.api.stage;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A stage of the workflow, contributed as an OSGi service. Its identity lives in service properties (declare them
 * with {@link StageDefinitionProperties}), so the registry indexes stages without loading extension classes; the
 * object itself carries only behaviour: two optional hooks, both answering from a read-only {@link InfluencerView}.
 * <p>
 * The engine calls a hook inside the operation that asks, on a thread of its own, with a time limit (registry
 * setting {@code hook.timeout.ms}, default 1000). A hook that throws or runs over the limit counts as "no": entry is
 * refused, the influencer does not move on. Keep hooks quick and free of side effects; they may be called more than
 * once for one operation (a dry run asks too).
 *
 * <pre>
 * &#64;Component
 * &#64;StageDefinitionProperties(id = "negotiation", label = "Negotiation")
 * public class Negotiation implements StageDefinition {}
 * </pre>
 */
@ConsumerType
public interface StageDefinition {

    /**
     * Entry check, asked before an influencer enters this stage by any move (promote, move, accept, restore, an
     * automatic move). Return a reason to refuse, phrased for the operator with the way forward; empty lets the
     * influencer in.
     */
    default Optional<String> refuseEntry(InfluencerView influencer) {
        return Optional.empty();
    }

    /**
     * Automatic exit condition (workflow-spec C-9), asked whenever an influencer in this stage has data recorded
     * while the campaign is live. True moves the influencer on to the next enabled stage, journaled as
     * {@code auto:<stage-id>}. Without it, exit is manual.
     */
    default boolean exitReached(InfluencerView influencer) {
        return false;
    }
}
