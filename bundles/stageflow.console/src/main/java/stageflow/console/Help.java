package stageflow.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Component;

import stageflow.api.WorkflowException;

/**
 * {@code help}: every command by scope with what it does, or one command explained. Stageflow's scopes describe
 * themselves ({@code <scope>:help}, {@code <command> --help}); any other command (the framework's, an extension's
 * Gogo commands) is listed by name and explained by Gogo's own help. Consoles resolve {@code help} to this one.
 */
@Component(property = { "osgi.command.scope=stageflow", "osgi.command.function=help", "stageflow.role=viewer" })
public class Help implements Function {
    static final String USAGE = "usage: help [<command>] - list every command by scope, or explain one";
    /** Stageflow's scopes in the order an operator meets them; other described scopes follow by name. */
    private static final List<String> ORDER = List.of("campaign", "workflow", "stage", "influencer", "deliverable",
            "draft", "store");

    @Override
    public Object execute(CommandSession session, List<Object> arguments) throws Exception {
        Set<String> commands = Runner.commands(session);
        if (arguments.isEmpty()) {
            return overview(session, commands);
        }
        if (arguments.size() > 1) {
            throw WorkflowException.invalid("help takes one command; " + USAGE);
        }
        String name = String.valueOf(arguments.get(0));
        if (name.equals("help") || name.equals("stageflow:help")) {
            return USAGE;
        }
        String command = resolve(name, commands);
        return described(commands).contains(scope(command)) ? session.execute(command + " --help")
                : session.execute("felix:help " + command);
    }

    private static String overview(CommandSession session, Set<String> commands) throws Exception {
        StringBuilder out = new StringBuilder();
        Set<String> described = new TreeSet<>(described(commands).comparator());
        for (String scope : described(commands)) {
            List<String> listing = String.valueOf(session.execute(scope + ":help")).lines()
                    .takeWhile(l -> !l.isBlank()).toList();
            // a scope describes itself when its help lists its own commands; Gogo's felix:help lists everything
            if (!listing.isEmpty() && listing.stream().allMatch(l -> l.startsWith(scope + ":"))) {
                described.add(scope);
                out.append(scope).append('\n');
                listing.forEach(l -> out.append("  ").append(l).append('\n'));
            }
        }
        Map<String, List<String>> others = new TreeMap<>();
        for (String command : commands) {
            if (!described.contains(scope(command)) && !command.equals("stageflow:help")) {
                others.computeIfAbsent(scope(command), s -> new ArrayList<>()).add(function(command));
            }
        }
        if (!others.isEmpty()) {
            out.append("\nother commands (framework, extensions):\n");
            others.forEach((scope, functions) -> out.append("  ").append(scope).append(": ")
                    .append(String.join(", ", functions)).append('\n'));
        }
        return out.append("\nhelp <command> or <command> --help explains one").toString();
    }

    /** Scopes with a {@code <scope>:help}, Stageflow's first; Gogo's {@code felix:help} is the global one. */
    private static TreeSet<String> described(Set<String> commands) {
        TreeSet<String> scopes = new TreeSet<>((a, b) -> {
            int ia = ORDER.indexOf(a);
            int ib = ORDER.indexOf(b);
            return ia >= 0 && ib >= 0 ? Integer.compare(ia, ib) : ia >= 0 ? -1 : ib >= 0 ? 1 : a.compareTo(b);
        });
        commands.stream().filter(c -> c.endsWith(":help") && !c.startsWith("stageflow:") && !c.startsWith("felix:"))
                .map(Help::scope).forEach(scopes::add);
        return scopes;
    }

    /** The qualified command a name stands for: as typed, or the one command with that function. */
    static String resolve(String name, Set<String> commands) {
        if (commands.contains(name)) {
            return name;
        }
        List<String> matches = commands.stream().filter(c -> !name.contains(":") && function(c).equals(name))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw WorkflowException.invalid("'" + name + "' is " + String.join(" or ", matches) + "; name the scope");
        }
        throw WorkflowException.invalid("unknown command " + name + Suggestions.phrase(name, commands)
                + "; help lists the commands");
    }

    private static String scope(String command) {
        int colon = command.indexOf(':');
        return colon < 0 ? "" : command.substring(0, colon);
    }

    private static String function(String command) {
        return command.substring(command.indexOf(':') + 1);
    }
}
