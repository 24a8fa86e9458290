package stageflow.registry;


import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageRegistry;

/**
 * Whiteboard of {@link StageDefinition} services; everything else is {@link StageCatalog}. It keeps a stage's
 * service object only while DS has it bound and persists nothing of it, so an extension bundle can be updated or
 * removed at any moment; its hooks are called through {@link StageHooks}, never directly.
 */
@Component(service = StageRegistry.class, configurationPid = "stageflow.registry")
@Designate(ocd = StageRegistryComponent.Config.class)
public class StageRegistryComponent extends StageCatalog {

    @ObjectClassDefinition(id = "stageflow.registry", name = "Stageflow stage registry",
            description = "How the engine calls the hooks of stages that extension bundles provide.")
    public @interface Config {
        @AttributeDefinition(name = "Hook time limit (ms)", min = "1",
                description = "A stage hook (entry check, exit condition) that has not answered after this long"
                        + " counts as no; the engine goes on.")
        long hook_timeout_ms() default StageHooks.DEFAULT_TIMEOUT_MILLIS;
    }

    private final Logger logger;

    @Activate
    public StageRegistryComponent(@Reference(service = LoggerFactory.class) Logger logger, Config config) {
        super(logger::warn);
        this.logger = logger;
        configure(config);
    }

    @Modified
    void configure(Config config) {
        try {
            hooks().timeoutMillis(config.hook_timeout_ms());
        } catch (IllegalArgumentException e) {
            logger.warn("{}; keeping {} ms", e.getMessage(), hooks().timeoutMillis());
        }
    }

    @Deactivate
    void deactivate() {
        close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStage(ServiceReference<StageDefinition> ref, StageDefinition definition) {
        index().add(provider(ref, definition)).ifPresent(logger::warn);
    }

    void updatedStage(ServiceReference<StageDefinition> ref, StageDefinition definition) {
        index().remove(serviceId(ref));
        addStage(ref, definition);
    }

    void removeStage(ServiceReference<StageDefinition> ref) {
        index().remove(serviceId(ref));
    }

    private static StageIndex.Provider provider(ServiceReference<StageDefinition> ref, StageDefinition definition) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        return new StageIndex.Provider(serviceId(ref), ranking instanceof Integer i ? i : 0,
                string(ref, "stage.id"), string(ref, "stage.label"), string(ref, "stage.description"),
                ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(), definition);
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private static String string(ServiceReference<?> ref, String key) {
        Object value = ref.getProperty(key);
        return value == null ? null : value.toString();
    }
}
