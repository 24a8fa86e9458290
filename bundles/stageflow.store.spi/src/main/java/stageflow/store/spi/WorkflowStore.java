package stageflow.store.spi;

import java.nio.file.Path;
import java.util.function.Function;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The persistence boundary. One call is one transaction: {@link #write} commits when {@code work} returns and
 * rolls everything back when it throws, so an operation is stored whole or not at all. Only plain values cross it.
 * <p>
 * Sealed: only the engine and the store bundles wire to this package, and a store registers through
 * {@link StoreSeal#register}, which hands it to those bundles alone. An extension gets the API, never the store.
 */
@ProviderType
public interface WorkflowStore {

    <T> T read(Function<StoreReader, T> query);

    <T> T write(Function<StoreTransaction, T> work);

    /** Runs {@code work} like {@link #write} and then rolls it back: a dry run that sees its own changes. */
    <T> T simulate(Function<StoreTransaction, T> work);

    /**
     * Writes a consistent copy of everything committed to {@code target}, a file that must not exist yet, while the
     * store stays open (writers wait for the copy). The copy is a complete database: placed as the only file of an
     * empty data directory, Stageflow opens it as it was.
     *
     * @return the size of the copy in bytes
     */
    long backup(Path target);
}
