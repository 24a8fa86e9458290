package stageflow.shell.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Workflow;
import stageflow.api.WorkflowException;
import stageflow.api.store.WorkflowStore;
import stageflow.shell.format.StoreExport;

/** The store as a whole: an online backup, an export to compare or archive, and a consistency check. */
@Component(service = StoreCommands.class)
@GogoCommand(scope = "store", function = { "backup", "export", "check", "help" })
public class StoreCommands extends ScopeCommands {
    private final WorkflowStore store;
    private final Workflow workflow;

    @Activate
    public StoreCommands(@Reference WorkflowStore store, @Reference Workflow workflow) {
        super("store");
        this.store = store;
        this.workflow = workflow;
    }

    @Descriptor("write a consistent copy of the whole store to a new file while Stageflow runs; restore: see docs")
    public String backup(CommandSession session, @Descriptor("backup file, must not exist") String file) {
        Path target = path(session, file);
        long bytes = store.backup(target);
        return "backup written: " + target + " (" + bytes + " bytes)";
    }

    @Descriptor("write everything stored as one JSON document (same content, same bytes) to a new file")
    public String export(CommandSession session, @Descriptor("export file, must not exist") String file) {
        Path target = path(session, file);
        if (Files.exists(target)) {
            throw WorkflowException.invalid("export file " + target + " exists; name a new file");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw WorkflowException.invalid("folder " + target.getParent() + " of the export file does not exist");
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            store.read(tx -> {
                try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                    StoreExport.write(tx, out);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return "export written: " + target + " (" + Files.size(target) + " bytes)";
        } catch (IOException | UncheckedIOException e) {
            part.toFile().delete(); // half an export is no export; a failure to delete it changes nothing here
            throw WorkflowException.invalid("cannot write " + target + " (" + e.getMessage() + "); check the folder's"
                    + " space and permissions");
        }
    }

    @Descriptor("check that counters, the stage index and the journal agree with the stored influencers")
    public String check() {
        List<String> problems = workflow.verify();
        if (problems.isEmpty()) {
            return "store consistent: every influencer in one stage, counters and journal agree";
        }
        throw WorkflowException.invalid("the store is inconsistent: " + String.join("; ", problems));
    }
}
