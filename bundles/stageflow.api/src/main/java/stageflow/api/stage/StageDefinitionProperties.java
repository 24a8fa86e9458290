package stageflow.api.stage;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Declares a {@link StageDefinition} component's identity in one line; it becomes the service properties
 * {@code stage.id}, {@code stage.label} and {@code stage.description}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StageDefinitionProperties {
    String PREFIX_ = "stage.";

    /** Immutable id, {@code [a-z0-9-]{1,64}} (workflow-spec section 1). */
    String id();

    /** Display label. */
    String label();

    /** One sentence for operators: what happens in this stage. */
    String description() default "";
}
