package stageflow.store.spi;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

import stageflow.store.seal.Friends;

/**
 * The store service as a service factory: the framework tells it which bundle asks, and it answers only the
 * friends of the seal, with the store wrapped as a {@link SealedStore}, which only this package can make; the
 * engine takes no other store, so a store another bundle registers is refused even where the hooks do not reach.
 */
final class Gate implements ServiceFactory<WorkflowStore> {
    private final SealedStore store;
    private final Friends friends;

    Gate(WorkflowStore store, Friends friends) {
        this.store = new SealedStore(store);
        this.friends = friends;
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
