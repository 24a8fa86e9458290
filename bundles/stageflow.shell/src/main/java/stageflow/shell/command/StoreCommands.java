package stageflow.shell.command;

import java.nio.file.Path;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.StoreMaintenance;
import stageflow.api.WorkflowException;

/** The store as a whole: an online backup, an export to compare or archive, and a consistency check. */
@Component(service = StoreCommands.class)
@GogoCommand(scope = "store", function = { "backup", "export", "check", "help" })
public class StoreCommands extends ScopeCommands {
    private final StoreMaintenance maintenance;

    @Activate
    public StoreCommands(@Reference StoreMaintenance maintenance) {
        super("store");
        this.maintenance = maintenance;
    }

    @Descriptor("write a consistent copy of the whole store to a new file while Stageflow runs; restore: see docs")
    public String backup(CommandSession session, @Descriptor("backup file, must not exist") String file) {
        Path target = path(session, file);
        long bytes = maintenance.backup(target);
        return "backup written: " + target + " (" + bytes + " bytes)";
    }

    @Descriptor("write everything stored as one JSON document (same content, same bytes) to a new file")
    public String export(CommandSession session, @Descriptor("export file, must not exist") String file) {
        Path target = path(session, file);
        long bytes = maintenance.export(target);
        return "export written: " + target + " (" + bytes + " bytes)";
    }

    @Descriptor("check that counters, the stage index and the journal agree with the stored influencers")
    public String check() {
        List<String> problems = maintenance.check();
        if (problems.isEmpty()) {
            return "store consistent: every influencer in one stage, counters and journal agree";
        }
        throw WorkflowException.invalid("the store is inconsistent: " + String.join("; ", problems));
    }
}
