package stageflow.console;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.log.Logger;

import stageflow.api.WorkflowException;
import stageflow.api.console.ConsoleUser;

/**
 * Runs commands the way every Stageflow console does: a result is printed as text (the shell's converter renders
 * it), a failure as one line, its stack trace to the log only.
 */
final class Runner {
    /**
     * The process's own output and error streams. Gogo has replaced System.out and System.err with streams that
     * write to the running command's session; a session made of those would write to itself without end.
     */
    static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);
    /** Unqualified names resolve to Stageflow's own first ({@code help}), then to any scope. */
    private static final String SCOPE_PATH = "stageflow:*";

    private final CommandProcessor processor;
    private final Logger logger;
    private final Permissions permissions;

    Runner(CommandProcessor processor, Logger logger, Permissions permissions) {
        this.processor = processor;
        this.logger = logger;
        this.permissions = permissions;
    }

    /** A Gogo session for {@code user}, who is the actor of every change made in it. */
    CommandSession session(ConsoleUser user, InputStream in, PrintStream out, PrintStream err) {
        CommandSession session = processor.createSession(in, out, err);
        session.put("SCOPE", SCOPE_PATH);
        session.put(ConsoleUser.SESSION_VARIABLE, user.name());
        return session;
    }

    /**
     * Runs a batch in one session: 0 when all succeeded, 1 at the first failure, named by its line when the batch
     * has a source (a script file).
     */
    int script(ConsoleUser user, String text, String source, Path directory, PrintStream out, PrintStream err) {
        try (CommandSession session = session(user, InputStream.nullInputStream(), out, err)) {
            if (directory != null) {
                session.currentDir(directory);
            }
            for (Script.Line line : Script.lines(text)) {
                String where = source == null || source.isEmpty() ? "" : source + ":" + line.number() + ": ";
                if (!one(session, user, line.command(), out, err, where, Colours.OFF)) {
                    return 1;
                }
            }
            return 0;
        }
    }

    /**
     * Runs one command: its result on {@code out}, or its one-line failure (after {@code where}, e.g. a script's
     * line) on {@code err}; true when it succeeded.
     */
    boolean one(CommandSession session, ConsoleUser user, String command, PrintStream out, PrintStream err,
            String where, Colours colours) {
        Permissions.Decision decision = permissions.decide(user, command);
        if (decision.refusal() != null) {
            err.println(colours.paint(where + Lines.line(decision.refusal().getMessage())));
            return false;
        }
        if (decision.line().isBlank()) {
            return true;
        }
        session.put(ConsoleUser.SERVER_FILES_VARIABLE, decision.files());
        try {
            Object result = session.execute(decision.line());
            if (result != null) {
                out.println(colours.paint(String.valueOf(session.format(result, Converter.INSPECT))));
            }
            return true;
        } catch (Exception e) {
            err.println(colours.paint(where + Lines.oneLine(command, e, commands(session))));
            if (!(e instanceof WorkflowException)) {
                logger.error("command failed: {}", command, e);
            }
            return false;
        }
    }

    /** Every command name the session knows, qualified ({@code scope:function}). */
    static Set<String> commands(CommandSession session) {
        Set<String> names = new TreeSet<>();
        if (session.get(".commands") instanceof Iterable<?> all) {
            for (Object name : all) {
                names.add(String.valueOf(name));
            }
        }
        return names;
    }
}
