package stageflow.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import stageflow.api.console.CommandCompletion;

/**
 * The interactive console: JLine line editing, history (kept in the data directory), Tab completion and colour,
 * over a Gogo session. A failed command prints its one line and the console goes on.
 */
final class Console {
    static final String PROMPT = "stageflow> ";
    static final String BANNER = "Stageflow. help lists the commands, <command> --help explains one, Tab completes."
            + " Ctrl-D or exit leaves.";

    private Console() {
    }

    /** Runs until end of input (Ctrl-D) or {@code exit}; returns the exit status. */
    static int run(Runner runner, Path history, Supplier<List<CommandCompletion>> providers) throws IOException {
        // dumb(true): without a terminal (input piped in) fall back to a plain one quietly, no JLine warning
        try (Terminal terminal = TerminalBuilder.builder().name("stageflow").system(true).dumb(true).build()) {
            PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
            Colours colours = Colours.forTerminal(terminal.getType(), System.getenv("NO_COLOR"));
            try (CommandSession session = runner.session(out, out)) {
                LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                        .completer(new Completion(session, providers))
                        .variable(LineReader.HISTORY_FILE, history)
                        .build();
                out.println(BANNER);
                while (true) {
                    String line;
                    try {
                        line = reader.readLine(PROMPT);
                    } catch (UserInterruptException e) {
                        continue;
                    } catch (EndOfFileException e) {
                        return 0;
                    }
                    String command = line.trim();
                    if (command.equals("exit") || command.equals("quit")) {
                        return 0;
                    }
                    if (command.isEmpty() || command.startsWith("#")) {
                        continue;
                    }
                    runner.one(session, command, out, out, "", colours);
                }
            }
        }
    }
}
