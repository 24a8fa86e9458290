package stageflow.registry;

import java.util.List;
import java.util.Optional;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;

/**
 * Whiteboard of {@link StageDefinition} services. It binds service references only and reads their properties, so
 * it never holds an extension's objects: an extension bundle can be updated or removed at any moment.
 */
@Component
public class StageRegistryComponent implements StageRegistry {
    private final StageIndex index = new StageIndex();

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStage(ServiceReference<StageDefinition> ref) {
        index.add(provider(ref)).ifPresent(problem -> logger.warn(problem));
    }

    void updatedStage(ServiceReference<StageDefinition> ref) {
        index.remove(serviceId(ref));
        addStage(ref);
    }

    void removeStage(ServiceReference<StageDefinition> ref) {
        index.remove(serviceId(ref));
    }

    @Override
    public List<StageInfo> stages() {
        return index.stages();
    }

    @Override
    public Optional<StageInfo> stage(String id) {
        return index.stage(id);
    }

    private static StageIndex.Provider provider(ServiceReference<StageDefinition> ref) {
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        return new StageIndex.Provider(serviceId(ref), ranking instanceof Integer i ? i : 0,
                string(ref, "stage.id"), string(ref, "stage.label"), string(ref, "stage.description"),
                ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName());
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    private static String string(ServiceReference<?> ref, String key) {
        Object value = ref.getProperty(key);
        return value == null ? null : value.toString();
    }
}
