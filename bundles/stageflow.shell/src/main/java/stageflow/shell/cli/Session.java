package stageflow.shell.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.apache.felix.service.command.CommandSession;

import picocli.CommandLine.Command;

import stageflow.api.WorkflowException;
import stageflow.api.console.ConsoleUser;

/**
 * The console session a command runs in, for the few commands that need it (files, progress). A picocli mixin
 * without options: a command method takes it as a {@code @Mixin Session} parameter.
 */
@Command // picocli takes as a mixin only what carries one of its annotations; this one adds no option
public final class Session {
    private final CommandSession session;

    Session(CommandSession session) {
        this.session = session;
    }

    /** A file argument: a relative path is taken from the session's current directory, as a shell would. */
    public Path path(String file) {
        if (file == null || file.isEmpty()) {
            throw WorkflowException.invalid("name a file");
        }
        if (session != null && Boolean.FALSE.equals(session.get(ConsoleUser.SERVER_FILES_VARIABLE))) {
            throw WorkflowException.refused("X-2", "files on the server are for the admin role; nothing was read or"
                    + " written; add influencers with influencer:add, or ask an admin");
        }
        Path path = session == null || session.currentDir() == null ? Path.of(file)
                : session.currentDir().resolve(file);
        return path.toAbsolutePath().normalize();
    }

    /** Progress of a long command, on the terminal only (never in a script's output), one line rewritten. */
    public LongConsumer progress(String what, long total) {
        PrintStream terminal = System.console() != null ? System.err : null;
        if (terminal == null) {
            return done -> { };
        }
        return done -> terminal.print("\r" + what + " " + done + "/" + total + (done == total ? "\n" : ""));
    }
}
