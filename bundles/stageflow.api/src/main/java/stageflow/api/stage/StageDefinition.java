package stageflow.api.stage;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A stage of the workflow, contributed as an OSGi service. Its identity lives in service properties (declare them
 * with {@link StageDefinitionProperties}), so the registry indexes stages without loading extension classes; the
 * object itself only carries behaviour, which later versions of this SPI add as default methods.
 *
 * <pre>
 * &#64;Component
 * &#64;StageDefinitionProperties(id = "negotiation", label = "Negotiation")
 * public class Negotiation implements StageDefinition {}
 * </pre>
 */
@ConsumerType
public interface StageDefinition {
}
