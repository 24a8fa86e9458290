package stageflow.store.spi;

import java.util.Dictionary;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import stageflow.store.seal.Friends;

/** How a store bundle offers its store (to the engine and the other store bundles only), and how the engine knows it. */
public final class StoreSeal {

    private StoreSeal() {
    }

    /**
     * Registers {@code store} as a {@link WorkflowStore} service that hands the store only to the bundles the seal
     * admits; any other bundle that asks (also through the system bundle's context) gets none.
     */
    public static ServiceRegistration<?> register(BundleContext context, WorkflowStore store,
            Dictionary<String, ?> properties) {
        return context.registerService(WorkflowStore.class.getName(), new Gate(store, Friends.of(context)),
                properties);
    }

    /** Whether {@code store} is one the seal handed out, rather than one another bundle registered. */
    public static boolean genuine(WorkflowStore store) {
        return store instanceof SealedStore;
    }
}
