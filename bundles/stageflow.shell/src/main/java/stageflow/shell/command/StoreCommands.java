package stageflow.shell.command;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import stageflow.api.access.Role;
import stageflow.api.StoreMaintenance;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Scope;
import stageflow.shell.cli.Session;
import stageflow.shell.result.Results.FileWritten;
import stageflow.shell.result.Results.Problems;

/** Scope {@code store}: the store as a whole: an online backup, an export to compare or archive, a check. */
@Component(service = {})
@Command(name = "store")
@Roles(read = Role.ADMIN, change = Role.ADMIN)
public class StoreCommands {
    private final StoreMaintenance maintenance;
    private final Scope scope;

    @Activate
    public StoreCommands(@Reference StoreMaintenance maintenance, BundleContext context) {
        this.maintenance = maintenance;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "backup", description = "write a consistent copy of the whole store to a new file while"
            + " Stageflow runs; restore: see docs")
    @Example("store:backup backups/2026-11-26.db")
    public FileWritten backup(@Mixin Session session,
            @Parameters(paramLabel = "<file>", description = "backup file, must not exist") String file) {
        Path target = session.path(file);
        return new FileWritten("backup", target, maintenance.backup(target));
    }

    @Command(name = "export", description = "write everything stored as one JSON document (same content, same"
            + " bytes) to a new file")
    @Example("store:export exports/2026-11-26.json")
    public FileWritten export(@Mixin Session session,
            @Parameters(paramLabel = "<file>", description = "export file, must not exist") String file) {
        Path target = session.path(file);
        return new FileWritten("export", target, maintenance.export(target));
    }

    @Command(name = "check", description = "check that counters, the stage index and the journal agree with the"
            + " stored influencers")
    @Example("store:check")
    public Problems check() {
        return new Problems(Problems.Check.STORE, "store", maintenance.check());
    }
}
