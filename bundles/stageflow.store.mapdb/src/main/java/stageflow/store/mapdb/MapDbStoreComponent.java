package stageflow.store.mapdb;

import java.nio.file.Path;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import stageflow.store.spi.StoreSeal;

/**
 * Opens the MapDB store and offers it through the seal, so that only the engine can obtain it: not a DS service,
 * which any bundle could look up. A configuration change of the path reactivates the component: the old database
 * is closed (releasing its file and lock) before the new one opens.
 */
// immediate: the database opens (and the data directory is locked) at start, so a held directory is reported
// before any command runs, not as a missing service at the first one
@Component(service = {}, configurationPid = MapDbStoreComponent.PID, immediate = true)
@Designate(ocd = MapDbStoreComponent.Config.class)
public class MapDbStoreComponent {
    static final String PID = "stageflow.store";
    /** Framework property the launcher sets from {@code --data} / {@code STAGEFLOW_DATA}. */
    static final String DATA_PROPERTY = "stageflow.data";
    /** Apache Karaf's data folder: inside Karaf, Stageflow keeps its data in a folder of its own there. */
    static final String KARAF_DATA_PROPERTY = "karaf.data";

    @ObjectClassDefinition(id = PID, name = "Stageflow store",
            description = "Where Stageflow keeps its data (MapDB, embedded).")
    public @interface Config {
        @AttributeDefinition(name = "Data directory", required = false,
                description = "Directory of the database. Empty: the framework property stageflow.data (set by"
                        + " bin/stageflow --data); inside Apache Karaf, stageflow/ in Karaf's data folder; else ./data.")
        String path() default "";
    }

    private final MapDbStore store;
    private final ServiceRegistration<?> registration;

    @Activate
    public MapDbStoreComponent(Config config, BundleContext context) {
        store = new MapDbStore(dataDirectory(config.path(), context.getProperty(DATA_PROPERTY),
                context.getProperty(KARAF_DATA_PROPERTY)));
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("stageflow.store.kind", "mapdb");
        properties.put("stageflow.store.directory", store.directory().toString());
        registration = StoreSeal.register(context, store, properties);
    }

    /**
     * The configuration wins, then the launcher's property; a container that says where its data lives (Karaf) gets
     * a folder there, not one in whatever its working directory happens to be.
     */
    static Path dataDirectory(String configured, String launcherProperty, String karafData) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim());
        }
        if (launcherProperty != null && !launcherProperty.isBlank()) {
            return Path.of(launcherProperty.trim());
        }
        if (karafData != null && !karafData.isBlank()) {
            return Path.of(karafData.trim(), "stageflow");
        }
        return Path.of("data");
    }

    @Deactivate
    void deactivate() {
        try {
            registration.unregister();
        } finally {
            store.close();
        }
    }
}
