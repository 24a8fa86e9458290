package stageflow.store.mapdb;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import stageflow.api.store.WorkflowStore;

/**
 * Publishes the MapDB store. A configuration change of the path reactivates the component: the old database is
 * closed (releasing its file and lock) before the new one opens.
 */
// immediate: the database opens (and the data directory is locked) at start, so a held directory is reported
// before any command runs, not as a missing service at the first one
@Component(service = WorkflowStore.class, configurationPid = MapDbStoreComponent.PID, immediate = true)
@Designate(ocd = MapDbStoreComponent.Config.class)
public class MapDbStoreComponent extends MapDbStore {
    static final String PID = "stageflow.store";
    /** Framework property the launcher sets from {@code --data} / {@code STAGEFLOW_DATA}. */
    static final String DATA_PROPERTY = "stageflow.data";

    @ObjectClassDefinition(id = PID, name = "Stageflow store",
            description = "Where Stageflow keeps its data (MapDB, embedded).")
    public @interface Config {
        @AttributeDefinition(name = "Data directory", required = false,
                description = "Directory of the database. Empty: the framework property stageflow.data (set by"
                        + " bin/stageflow --data), else ./data.")
        String path() default "";
    }

    @Activate
    public MapDbStoreComponent(Config config, BundleContext context) {
        super(dataDirectory(config.path(), context.getProperty(DATA_PROPERTY)));
    }

    static Path dataDirectory(String configured, String launcherProperty) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        if (launcherProperty != null && !launcherProperty.isBlank()) {
            return Path.of(launcherProperty.trim());
        }
        return Path.of("data");
    }

    @Deactivate
    void deactivate() {
        close();
    }
}
