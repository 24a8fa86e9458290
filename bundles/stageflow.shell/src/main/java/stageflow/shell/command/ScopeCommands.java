package stageflow.shell.command;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;

import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.Failure;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

/**
 * What every command scope shares: who acts, how flags are read, how a bulk result becomes output, and the
 * {@code <scope>:help} text built from the {@code @Descriptor}s. No workflow rule lives in the shell.
 */
abstract class ScopeCommands {
    /** Descriptor texts of the flags every scope offers (commands.md, common flags). */
    static final String DRY_RUN = "show what would change and change nothing";
    static final String JSON = "print JSON";

    private final String scope;

    ScopeCommands(String scope) {
        this.scope = scope;
    }

    /** The journal's actor: the operating system user running the shell. */
    static Origin origin(String reason, boolean dryRun) {
        return new Origin(System.getProperty("user.name", "operator"), emptyToNull(reason), dryRun);
    }

    /** A file argument: relative paths are taken from the session's current directory, like a shell's. */
    static Path path(CommandSession session, String file) {
        if (file == null || file.isEmpty()) {
            throw WorkflowException.invalid("name a file");
        }
        if (file.startsWith("-")) {
            throw WorkflowException.invalid("unknown option '" + Text.shorten(file) + "'; help <command> lists the"
                    + " options");
        }
        Path path = session.currentDir() == null ? Path.of(file) : session.currentDir().resolve(file);
        return path.toAbsolutePath().normalize();
    }

    static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** {@code --expect N}: absent is null; anything but a whole number from 0 is refused. */
    static Integer count(String flag, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WorkflowException.invalid(flag + " needs a whole number from 0 to " + Integer.MAX_VALUE + ", not '"
                + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "'");
    }

    /**
     * A bulk command that changed nobody failed: it answers with its first refusal as one line (exit status 1 in
     * scripts). When somebody changed, the report lists every change and every refusal.
     */
    static String report(BulkResult result, boolean json) {
        if (json) {
            return Json.bulk(result);
        }
        if (result.changed().isEmpty() && !result.failed().isEmpty()) {
            Failure first = result.failed().get(0);
            String more = result.failed().size() > 1 ? " (and " + (result.failed().size() - 1) + " more)" : "";
            throw new WorkflowException(first.rule(), first.influencer() + ": " + first.reason() + more);
        }
        return Text.bulk(result);
    }

    @Descriptor("list the commands of this scope")
    public String help() {
        List<Method> commands = Arrays.stream(getClass().getMethods())
                .filter(m -> m.isAnnotationPresent(Descriptor.class))
                .sorted(Comparator.comparing(Method::getName)).toList();
        int width = commands.stream().mapToInt(m -> command(m).length()).max().orElse(0);
        return commands.stream()
                .map(m -> String.format("%-" + width + "s  %s", command(m), m.getAnnotation(Descriptor.class).value()))
                .collect(Collectors.joining("\n")) + "\n\nhelp " + scope + ":<command> shows a command's arguments and"
                + " options";
    }

    private String command(Method m) {
        return scope + ":" + m.getName().replaceFirst("^_", "");
    }
}
