package stageflow.registry;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
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

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;

/**
 * Whiteboard of {@link StageDefinition} services; everything else is {@link StageCatalog}. It binds service
 * references and indexes stages from their service properties; a stage's object is fetched (through DS, which
 * releases it when the stage goes) only when one of its hooks is needed, and its hooks are called through
 * {@link StageHooks}, never directly. Nothing of an extension is persisted, so its bundle can be updated or removed
 * at any moment.
 */
@Component(service = StageRegistry.class, configurationPid = "stageflow.registry")
@Designate(ocd = StageRegistryComponent.Config.class)
public class StageRegistryComponent implements StageRegistry {

    @ObjectClassDefinition(id = "stageflow.registry", name = "Stageflow stage registry",
            description = "How the engine calls the hooks of stages that extension bundles provide.")
    public @interface Config {
        @AttributeDefinition(name = "Hook time limit (ms)", min = "1",
                description = "A stage hook (entry check, exit condition) that has not answered after this long"
                        + " counts as no; the engine goes on.")
        long hook_timeout_ms() default StageHooks.DEFAULT_TIMEOUT_MILLIS;
    }

    private final Logger logger;
    private final StageCatalog catalog;

    @Activate
    public StageRegistryComponent(@Reference(service = LoggerFactory.class) Logger logger, Config config) {
        this.logger = logger;
        this.catalog = new StageCatalog(logger::warn);
        configure(config);
    }

    @Modified
    void configure(Config config) {
        try {
            catalog.hooks().timeoutMillis(config.hook_timeout_ms());
        } catch (IllegalArgumentException e) {
            logger.warn("{}; keeping {} ms", e.getMessage(), catalog.hooks().timeoutMillis());
        }
    }

    @Deactivate
    void deactivate() {
        catalog.close();
    }

    @Override
    public List<StageInfo> stages() {
        return catalog.stages();
    }

    @Override
    public Optional<StageInfo> stage(String id) {
        return catalog.stage(id);
    }

    @Override
    public Optional<String> refuseEntry(String stage, InfluencerView influencer) {
        return catalog.refuseEntry(stage, influencer);
    }

    @Override
    public boolean exitReached(String stage, InfluencerView influencer) {
        return catalog.exitReached(stage, influencer);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStage(ServiceReference<StageDefinition> ref, ComponentServiceObjects<StageDefinition> objects) {
        catalog.index().add(provider(ref, objects)).ifPresent(logger::warn);
    }

    void updatedStage(ServiceReference<StageDefinition> ref, ComponentServiceObjects<StageDefinition> objects) {
        catalog.index().remove(serviceId(ref));
        addStage(ref, objects);
    }

    void removeStage(ServiceReference<StageDefinition> ref) {
        catalog.index().remove(serviceId(ref));
    }

    private static StageIndex.Provider provider(ServiceReference<StageDefinition> ref,
            ComponentServiceObjects<StageDefinition> objects) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        return new StageIndex.Provider(serviceId(ref), ranking instanceof Integer i ? i : 0,
                string(ref, "stage.id"), string(ref, "stage.label"), string(ref, "stage.description"),
                ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName(), StageObject.of(objects::getService));
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private static String string(ServiceReference<?> ref, String key) {
        Object value = ref.getProperty(key);
        return value == null ? null : value.toString();
    }
}
