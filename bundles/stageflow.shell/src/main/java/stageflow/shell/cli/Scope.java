package stageflow.shell.cli;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import picocli.CommandLine.Command;
import stageflow.api.access.Role;

/**
 * A scope of console commands ({@code influencer:promote}, ...): each picocli {@link Command} method of a commands
 * object becomes a Gogo command of its own, and {@code <scope>:help} lists them with their descriptions.
 */
public final class Scope implements AutoCloseable {
    private final String name;
    private final List<ShellCommand> commands = new ArrayList<>();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    private Scope(String name, Object target) {
        this.name = name;
        methods(target.getClass()).stream()
                .sorted(Comparator.comparing(m -> m.getAnnotation(Command.class).name()))
                .forEach(m -> commands.add(new ShellCommand(name + ":" + m.getAnnotation(Command.class).name(),
                        target, m)));
    }

    /**
     * The commands of {@code target} as Gogo commands of the scope its class names ({@code @Command(name =
     * "influencer")}), registered until {@link #close()}.
     */
    public static Scope register(BundleContext context, Object target) {
        String scope = name(target.getClass());
        Scope registered = new Scope(scope, target);
        boolean karaf = KarafConsole.hosts(context);
        for (ShellCommand command : registered.commands) {
            registered.registrations.add(context.registerService(Function.class,
                    karaf ? KarafConsole.printing(command) : command,
                    properties(scope, command.name().substring(scope.length() + 1), role(target.getClass(),
                            command.changes()), description(command))));
        }
        Function help = (session, args) -> registered.help();
        registered.registrations.add(context.registerService(Function.class,
                karaf ? KarafConsole.printing(help) : help, properties(scope, "help", Role.VIEWER,
                        "list the " + scope + " commands")));
        // for the shell's own completion: under a class of a private package, which no other bundle can load
        registered.registrations.add(context.registerService(Scope.class, registered, null));
        return registered;
    }

    /** The scope a commands class declares. */
    public static String name(Class<?> commands) {
        Command scope = commands.getAnnotation(Command.class);
        if (scope == null || scope.name().isEmpty()) {
            throw new IllegalArgumentException(commands.getName() + " declares no scope: @Command(name = \"...\")");
        }
        return scope.name();
    }

    /** The command methods of a commands class. */
    public static List<Method> methods(Class<?> commands) {
        return Arrays.stream(commands.getMethods()).filter(m -> m.isAnnotationPresent(Command.class)).toList();
    }

    /** The role a command of this commands class needs: what its {@link Roles} say, else admin. */
    public static Role role(Class<?> commands, boolean changes) {
        Roles roles = commands.getAnnotation(Roles.class);
        return roles == null ? Role.ADMIN : changes ? roles.change() : roles.read();
    }

    private static Hashtable<String, Object> properties(String scope, String function, Role role,
            String description) {
        Hashtable<String, Object> properties = new Hashtable<>();
        // the one-line description a console that lists commands shows beside the name (Apache Karaf's help)
        properties.put("osgi.command.description", description);
        properties.put(CommandProcessor.COMMAND_SCOPE, scope);
        properties.put(CommandProcessor.COMMAND_FUNCTION, new String[] { function });
        properties.put(Role.PROPERTY, role.id());
        return properties;
    }

    /** The command of this scope with this function name, or null. */
    ShellCommand command(String function) {
        return commands.stream().filter(c -> c.name().equals(name + ":" + function)).findFirst().orElse(null);
    }

    String name() {
        return name;
    }

    /** One line per command and what it does, then how to learn more. */
    String help() {
        int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        return commands.stream()
                .map(c -> String.format("%-" + width + "s  %s", c.name(), description(c)))
                .collect(Collectors.joining("\n")) + "\n\n" + name + ":<command> --help shows a command's arguments"
                + " and options";
    }

    private static String description(ShellCommand command) {
        String[] description = command.commandLine(null).getCommandSpec().usageMessage().description();
        return description.length == 0 ? "" : description[0];
    }

    @Override
    public void close() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the bundle
            }
        }
    }
}
