package stageflow.shell.cli;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import stageflow.api.Ids;
import stageflow.api.WorkflowException;
import stageflow.api.console.ConsoleUser;
import stageflow.shell.format.JsonFormat;

/**
 * One console command as Gogo calls it: the arguments are parsed by picocli from the annotations of its command
 * method, the method runs, and its result comes back as a value (the Gogo converter renders it as text) or, with
 * {@code --json}, as one JSON document. Here, once for every command: {@code --json}, {@code --help}, the one-line
 * errors of bad arguments, and the verdict that makes a refused command fail in both outputs.
 */
final class ShellCommand implements Function {
    private static final String JSON = "--json";

    private final String name;
    private final Object commands;
    private final Method method;

    ShellCommand(String name, Object commands, Method method) {
        this.name = name;
        this.commands = commands;
        this.method = method;
    }

    String name() {
        return name;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        CommandLine line = commandLine(session);
        String[] args = arguments.stream().map(String::valueOf).toArray(String[]::new);
        ParseResult parsed;
        try {
            parsed = line.parseArgs(args);
        } catch (ParameterException e) {
            throw usageError(line, args, e);
        }
        if (line.isUsageHelpRequested()) {
            return usage(line);
        }
        Object result = run(parsed);
        boolean json = parsed.hasMatchedOption(JSON);
        Optional<WorkflowException> failure = Verdict.failure(result);
        if (json) {
            String document = JsonFormat.json(result);
            if (failure.isPresent()) {
                // the document still goes to the script, and the command fails as it would without --json;
                // System.out is the session's output while Gogo runs a command (its ThreadIO redirects it)
                System.out.println(document);
                throw failure.get();
            }
            return document;
        }
        if (failure.isPresent()) {
            throw failure.get();
        }
        return result;
    }

    /** picocli's usage (arguments and options with their descriptions), then the command's examples. */
    String usage(CommandLine line) {
        StringBuilder usage = new StringBuilder(line.getUsageMessage(CommandLine.Help.Ansi.OFF).stripTrailing());
        Example example = method.getAnnotation(Example.class);
        if (example != null) {
            usage.append("\nExample").append(example.value().length > 1 ? "s" : "").append(':');
            for (String e : example.value()) {
                usage.append("\n  ").append(e);
            }
        }
        return usage.toString();
    }

    /** Whether this command changes something: it takes the {@link Change} mixin. */
    boolean changes() {
        return List.of(method.getParameterTypes()).contains(Change.class);
    }

    /** The examples of this command, as typed. */
    List<String> examples() {
        Example example = method.getAnnotation(Example.class);
        return example == null ? List.of() : List.of(example.value());
    }

    /** A fresh parser per call: picocli keeps parse state in it, and sessions run commands in parallel. */
    CommandLine commandLine(CommandSession session) {
        // the console names its user in the session (workflow-spec X-3); in Karaf's console, the user Karaf signed
        // in; a bare Gogo session is the system user's
        Object user = session == null ? null : session.get(ConsoleUser.SESSION_VARIABLE);
        String actor = user instanceof String name && !name.isBlank() ? name : KarafConsole.signedIn()
                .orElseGet(() -> System.getProperty("user.name", "operator"));
        IFactory factory = new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type.isInstance(commands)) {
                    return type.cast(commands);
                }
                if (type == Change.class) {
                    return type.cast(new Change(actor));
                }
                if (type == Session.class) {
                    return type.cast(new Session(session));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        CommandLine line = new CommandLine(method, factory);
        line.setExpandAtFiles(false); // '@' starts influencer ids, never an argument file
        line.setPosixClusteredShortOptionsAllowed(false);
        line.setCommandName(name);
        line.getCommandSpec().addOption(OptionSpec.builder(JSON).description("print the result as JSON").build());
        line.getCommandSpec().addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("show this help").build());
        return line;
    }

    /** The first argument that looks like an option the command does not have (not the value of one that it has). */
    private static String unknownOption(CommandLine line, String[] args) {
        boolean value = false;
        for (String arg : args) {
            if (value) {
                value = false;
            } else if (arg.equals("--")) {
                return null;
            } else if (arg.startsWith("-") && arg.length() > 1) {
                OptionSpec option = line.getCommandSpec().findOption(arg.split("=", 2)[0]);
                if (option == null) {
                    return arg;
                }
                value = option.arity().min() > 0 && !arg.contains("=");
            }
        }
        return null;
    }

    private Object run(ParseResult parsed) {
        try {
            new CommandLine.RunLast().execute(parsed);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            // a checked exception a command let through: still one line, never picocli's wrapper and its trace
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw WorkflowException.invalid(name + " failed: " + Ids.shorten(String.valueOf(cause.getMessage()
                    == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("")))
                    + "; " + name + " --help shows what it needs");
        }
        return parsed.commandSpec().commandLine().getExecutionResult();
    }

    /**
     * Bad arguments as one line with the way forward. An unknown option is named first, whatever else is wrong,
     * so every command answers it the same way; it says what was perhaps meant.
     */
    private WorkflowException usageError(CommandLine line, String[] args, ParameterException e) {
        String unknown = unknownOption(line, args);
        if (unknown != null) {
            List<String> suggestions = new UnmatchedArgumentException(line, List.of(unknown)).getSuggestions();
            return WorkflowException.invalid("unknown option '" + Ids.shorten(unknown) + "' for " + name
                    + (suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)") + "; " + name
                    + " --help lists the options");
        }
        String message = e.getMessage() == null ? "wrong arguments" : e.getMessage().lines().findFirst().orElse("");
        message = message.isEmpty() ? "wrong arguments" : Character.toLowerCase(message.charAt(0))
                + message.substring(1);
        return WorkflowException.invalid(name + ": " + Ids.shorten(message) + "; " + name
                + " --help shows its arguments and options");
    }
}
