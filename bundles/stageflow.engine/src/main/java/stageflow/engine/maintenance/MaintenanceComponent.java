package stageflow.engine.maintenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.StoreMaintenance;
import stageflow.api.WorkflowException;
import stageflow.engine.tx.Transactions;

/** The store as a whole, for administrators: the one way to it from outside the engine (the store is sealed). */
@Component(service = StoreMaintenance.class)
public final class MaintenanceComponent implements StoreMaintenance {
    private final Transactions tx;

    @Activate
    public MaintenanceComponent(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<String> check() {
        return tx.read(StoreInvariants::problems);
    }

    @Override
    public long backup(Path target) {
        return tx.backup(requireNew(target, "backup"));
    }

    @Override
    public long export(Path target) {
        Path file = requireNew(target, "export");
        // written under another name and renamed when complete, so an export file is never half an export
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            tx.read(t -> {
                try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    StoreExport.write(t, out);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            return Files.size(file);
        } catch (IOException | UncheckedIOException e) {
            part.toFile().delete(); // half an export is no export; a failure to delete it changes nothing here
            throw WorkflowException.invalid("cannot write " + file + " (" + e.getMessage() + "); check the folder's"
                    + " space and permissions");
        }
    }

    /** A file to create: absolute, in an existing folder, not there yet (a backup never overwrites). */
    private static Path requireNew(Path target, String what) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw WorkflowException.invalid(what + " file " + file + " exists; name a new file");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw WorkflowException.invalid("folder " + file.getParent() + " of the " + what + " file does not exist");
        }
        return file;
    }
}
