package stageflow.console;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive console: JLine line editing, history (kept in the data directory) and completion of command
 * names, over a Gogo session. A failed command prints its one line and the console goes on.
 */
final class Console {
    static final String PROMPT = "stageflow> ";

    private Console() {
    }

    /** Runs until end of input (Ctrl-D) or {@code exit}; returns the exit status. */
    static int run(CommandSession session, Path history, Runner runner) throws IOException {
        // dumb(true): without a terminal (input piped in) fall back to a plain one quietly, no JLine warning
        try (Terminal terminal = TerminalBuilder.builder().name("stageflow").system(true).dumb(true).build()) {
            PrintStream out = new PrintStream(terminal.output(), true);
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .completer(new StringsCompleter(commands(session)))
                    .variable(LineReader.HISTORY_FILE, history)
                    .build();
            out.println("Stageflow. Commands: campaign:help, workflow:help, stage:help, influencer:help;"
                    + " help <command> explains one. Ctrl-D or exit leaves.");
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
                runner.one(session, command, out, out);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> commands(CommandSession session) {
        Set<String> names = new TreeSet<>();
        Object commands = session.get(".commands");
        if (commands instanceof Iterable<?> all) {
            for (Object name : all) {
                String s = String.valueOf(name);
                names.add(s);
                if (s.contains(":")) {
                    names.add(s.substring(s.indexOf(':') + 1));
                }
            }
        }
        names.add("exit");
        return names;
    }


    /** Runs one command and reports its failure; implemented by the runner. */
    interface Runner {
        boolean one(CommandSession session, String command, PrintStream out, PrintStream err);
    }
}
