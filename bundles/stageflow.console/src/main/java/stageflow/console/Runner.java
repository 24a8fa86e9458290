package stageflow.console;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.service.log.Logger;

import stageflow.api.WorkflowException;

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

    Runner(CommandProcessor processor, Logger logger) {
        this.processor = processor;
        this.logger = logger;
    }

    CommandSession session(PrintStream out, PrintStream err) {
        CommandSession session = processor.createSession(System.in, out, err);
        session.put("SCOPE", SCOPE_PATH);
        return session;
    }

    /**
     * Runs one command: its result on {@code out}, or its one-line failure (after {@code where}, e.g. a script's
     * line) on {@code err}; true when it succeeded.
     */
    boolean one(CommandSession session, String command, PrintStream out, PrintStream err, String where,
            Colours colours) {
        try {
            Object result = session.execute(command);
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
