package stageflow.shell.cli;

import picocli.CommandLine.Option;
import stageflow.api.Origin;

/**
 * What every mutating command takes, declared once: {@code --dry-run}, and who asks (the journal's actor). A
 * picocli mixin: a command method that changes something has a {@code @Mixin Change} parameter.
 */
public final class Change {
    @Option(names = "--dry-run", description = "show what would change and change nothing")
    boolean dryRun;

    private final String actor;

    Change(String actor) {
        this.actor = actor;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** The origin of this change, with the operator's reason (empty or null: none). */
    public Origin origin(String reason) {
        return new Origin(actor, reason == null || reason.isEmpty() ? null : reason, dryRun);
    }
}
