package stageflow.console;

import stageflow.api.WorkflowException;

/** What the console shows of a failure: one line of reasonable length; the stack trace goes to the log. */
final class Lines {
    private Lines() {
    }

    static String oneLine(String command, Exception e) {
        return line(message(command, e));
    }

    /**
     * One console line of reasonable length: a message that quotes a huge argument keeps its start and its end,
     * where the way forward is.
     */
    static String line(String message) {
        return message.length() <= 300 ? message : message.substring(0, 200) + " ... "
                + message.substring(message.length() - 95);
    }

    private static String message(String command, Exception e) {
        if (e instanceof WorkflowException) {
            return e.getMessage();
        }
        String name = command.split("\\s+", 2)[0];
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                .orElse("");
        if (message.startsWith("Cannot coerce")) {
            return "error: wrong arguments for " + name + "; help " + name + " shows its arguments and options";
        }
        if (message.startsWith("Command not found")) {
            return "error: unknown command " + name + "; help lists the commands";
        }
        return "error: " + name + ": " + message;
    }
}
