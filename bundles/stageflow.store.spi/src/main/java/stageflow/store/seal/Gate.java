package stageflow.store.seal;

import java.util.Dictionary;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

import stageflow.store.spi.WorkflowStore;

/**
 * The store service as a service factory: the framework tells it which bundle asks, and it answers only the
 * friends of the seal. This holds even where the find hooks do not reach (a bundle asking through the system
 * bundle's context): the object is never handed out.
 */
public final class Gate implements ServiceFactory<WorkflowStore> {
    private final WorkflowStore store;
    private final Friends friends;

    private Gate(WorkflowStore store, Friends friends) {
        this.store = store;
        this.friends = friends;
    }

    public static ServiceRegistration<?> register(BundleContext context, WorkflowStore store,
            Dictionary<String, ?> properties) {
        return context.registerService(WorkflowStore.class.getName(), new Gate(store, new Friends(context)),
                properties);
    }

    @Override
    public WorkflowStore getService(Bundle bundle, ServiceRegistration<WorkflowStore> registration) {
        // null: the framework reports a service factory error to the asking bundle's getService, which gets null
        return friends.admits(bundle) ? store : null;
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<WorkflowStore> registration, WorkflowStore service) {
        // the store belongs to the store bundle; nothing to release per user
    }
}
