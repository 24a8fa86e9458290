package stageflow.console;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

import stageflow.api.console.CommandCompletion;
import stageflow.api.console.ConsoleUser;

/**
 * The interactive console: JLine line editing, history, Tab completion and colour, over a Gogo session, on any
 * terminal (the local one, or one an SSH client carries). A failed command prints its one line and the console
 * goes on.
 */
final class Console {
    static final String PROMPT = "stageflow> ";
    static final String BANNER = "Stageflow. help lists the commands, <command> --help explains one, Tab completes."
            + " Ctrl-D or exit leaves.";

    private Console() {
    }

    /**
     * Runs until end of input (Ctrl-D), {@code exit}, or the terminal closes; returns the exit status.
     *
     * @param history   the history file, or null to keep the history for this session only
     * @param directory where relative file names start, or null for this process's working directory
     * @param runnable  which command names the user may run, so that completion offers only those
     */
    static int run(Runner runner, ConsoleUser user, Terminal terminal, Path history, Path directory,
            Supplier<List<CommandCompletion>> providers, Predicate<String> runnable, Colours colours) {
        PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
        try (CommandSession session = runner.session(user, terminal.input(), out, out)) {
            if (directory != null) {
                session.currentDir(directory);
            }
            // no blinking of the matching bracket: every '}' of a merge field ({{first_name}}) would redraw the line
            // and wait half a second, and a piped script would see its half-typed line echoed into the output
            LineReaderBuilder builder = LineReaderBuilder.builder().terminal(terminal)
                    .completer(new Completion(session, providers, runnable))
                    .variable(LineReader.BLINK_MATCHING_PAREN, 0);
            if (history != null) {
                builder.variable(LineReader.HISTORY_FILE, history);
            }
            LineReader reader = builder.build();
            out.println(BANNER);
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT);
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException | java.io.IOError e) {
                    return 0; // Ctrl-D, or the terminal went away
                }
                String command = line.trim();
                if (command.equals("exit") || command.equals("quit")) {
                    return 0;
                }
                if (command.isEmpty() || command.startsWith("#")) {
                    continue;
                }
                runner.one(session, user, command, out, out, "", colours);
            }
        }
    }
}
