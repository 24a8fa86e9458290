package stageflow.shell.cli;

/**
 * A refused or wrong command inside Apache Karaf's console. Karaf recognises a failure by this simple class name and
 * shows its {@link #getNiceHelp()} as it stands (one line, exit status 1), where any other exception would be shown
 * as "Error executing command: ..." and logged with its stack trace. Public for Karaf's reflection only; the package
 * stays private.
 */
public final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandException(String line) {
        super(line);
    }

    /** What Karaf prints: the line Stageflow's own console prints for the same failure. */
    public String getNiceHelp() {
        return getMessage();
    }
}
