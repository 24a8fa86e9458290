package stageflow.store.spi;

import java.util.Dictionary;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import stageflow.store.seal.Gate;

/** How a store bundle offers its store: to the engine and the other store bundles, and to nobody else. */
public final class StoreSeal {

    private StoreSeal() {
    }

    /**
     * Registers {@code store} as a {@link WorkflowStore} service that hands the store object only to the bundles
     * the seal admits; any other bundle that asks (also through the system bundle's context) gets none.
     */
    public static ServiceRegistration<?> register(BundleContext context, WorkflowStore store,
            Dictionary<String, ?> properties) {
        return Gate.register(context, store, properties);
    }
}
