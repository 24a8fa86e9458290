package stageflow.console;

import java.util.Set;

import stageflow.api.WorkflowException;

/** What the console shows of a failure: one line of reasonable length; the stack trace goes to the log. */
final class Lines {
    private Lines() {
    }

    static String oneLine(String command, Exception e, Set<String> commands) {
        return line(message(command, e, commands));
    }

    /**
     * One console line of reasonable length: a message that quotes a huge argument keeps its start and its end,
     * where the way forward is.
     */
    static String line(String message) {
        return message.length() <= 300 ? message : message.substring(0, 200) + " ... "
                + message.substring(message.length() - 95);
    }

    private static String message(String command, Exception e, Set<String> commands) {
        if (e instanceof WorkflowException) {
            return e.getMessage();
        }
        String name = command.strip().split("\\s+", 2)[0];
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        if (message.startsWith("Cannot coerce")) {
            return "error: wrong arguments for " + name + "; help " + name + " shows its arguments and options";
        }
        if (message.startsWith("Command not found")) {
            return "error: unknown command " + name + Suggestions.phrase(name, commands) + "; help lists the commands";
        }
        return "error: " + name + ": " + message;
    }
}
