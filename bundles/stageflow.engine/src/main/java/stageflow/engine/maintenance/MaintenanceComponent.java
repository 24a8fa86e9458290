package stageflow.engine.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.StoreMaintenance;
import stageflow.api.WorkflowException;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.NewFile;
import stageflow.store.spi.WorkflowStore;

/** The store as a whole, for administrators: the one way to it from outside the engine (the store is sealed). */
@Component(service = StoreMaintenance.class)
public final class MaintenanceComponent implements StoreMaintenance {
    private final Transactions tx;

    @Activate
    public MaintenanceComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests and benchmarks, on the real store without a framework. */
    public MaintenanceComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<String> check() {
        return tx.read(StoreInvariants::problems);
    }

    @Override
    public long backup(Path target) {
        return tx.backup(NewFile.require(target, "backup"));
    }

    @Override
    public long export(Path target) {
        try {
            return NewFile.write(target, "export", part -> tx.read(t -> {
                try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    StoreExport.write(t, out);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException | UncheckedIOException e) {
            throw WorkflowException.invalid("cannot write " + target.toAbsolutePath() + " (" + e.getMessage()
                    + "); check the folder's space and permissions");
        }
    }
}
