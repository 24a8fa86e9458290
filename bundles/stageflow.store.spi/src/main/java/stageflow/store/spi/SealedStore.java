package stageflow.store.spi;

import java.nio.file.Path;
import java.util.function.Function;

/** A store as the seal hands it out; only this package makes one, so the engine can tell it from an impostor. */
final class SealedStore implements WorkflowStore {
    private final WorkflowStore store;

    SealedStore(WorkflowStore store) {
        this.store = store;
    }

    @Override
    public <T> T read(Function<StoreReader, T> query) {
        return store.read(query);
    }

    @Override
    public <T> T write(Function<StoreTransaction, T> work) {
        return store.write(work);
    }

    @Override
    public <T> T simulate(Function<StoreTransaction, T> work) {
        return store.simulate(work);
    }

    @Override
    public long backup(Path target) {
        return store.backup(target);
    }
}
