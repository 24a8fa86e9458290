package stageflow.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.felix.service.command.CommandProcessor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import stageflow.api.access.Role;

/**
 * The role a console command needs, read from the service that provides it: its {@value Role#PROPERTY} property
 * (Stageflow's scopes declare one for every command), and admin for a command that declares none or an unknown
 * one: the framework's own commands, Gogo's built-ins, and an extension's commands unless they say otherwise.
 */
final class CommandRoles {
    /** What a name resolves to: the qualified command and the role it needs; null command when there is none. */
    record Resolved(String command, Role role, String problem) {
    }

    private final BundleContext context;

    CommandRoles(BundleContext context) {
        this.context = context;
    }

    /**
     * Resolves a command name as the console does: {@code scope:function} as it stands; a bare function in
     * Stageflow's own scope first, else in the one scope that has it (several: the user must name the scope).
     * Gogo matches names without regard to case, and so does this.
     */
    Resolved resolve(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        String scope = colon < 0 ? null : lower.substring(0, colon);
        String function = colon < 0 ? lower : lower.substring(colon + 1);
        List<ServiceReference<?>> found = new ArrayList<>();
        for (ServiceReference<?> ref : commands()) {
            if ((scope == null || scope.equals(scope(ref))) && functions(ref).contains(function)) {
                found.add(ref);
            }
        }
        if (found.isEmpty()) {
            return new Resolved(null, null, "unknown");
        }
        List<String> scopes = found.stream().map(CommandRoles::scope).distinct().toList();
        String chosen = scope != null ? scope : scopes.contains("stageflow") ? "stageflow" : scopes.size() == 1
                ? scopes.get(0) : null;
        if (chosen == null) {
            return new Resolved(null, null, "ambiguous: " + String.join(", ", scopes.stream().map(s -> s + ":"
                    + function).toList()));
        }
        // Gogo merges the services of one name (in any case) and runs the highest ranked: the strictest role of
        // them all counts, whichever it runs
        Role role = found.stream().filter(r -> scope(r).equals(chosen)).map(CommandRoles::role).max(Role::compareTo)
                .orElse(Role.ADMIN);
        return new Resolved(chosen + ":" + function, role, null);
    }

    private static String scope(ServiceReference<?> ref) {
        return String.valueOf(ref.getProperty(CommandProcessor.COMMAND_SCOPE)).toLowerCase(Locale.ROOT);
    }

    static Role role(ServiceReference<?> ref) {
        Object declared = ref.getProperty(Role.PROPERTY);
        for (Role role : Role.values()) {
            if (role.id().equals(declared)) {
                return role;
            }
        }
        return Role.ADMIN;
    }

    private List<ServiceReference<?>> commands() {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(" + CommandProcessor.COMMAND_SCOPE
                    + "=*)");
            return refs == null ? List.of() : Arrays.asList(refs);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("a constant filter", e);
        }
    }

    private static List<String> functions(ServiceReference<?> ref) {
        Object functions = ref.getProperty(CommandProcessor.COMMAND_FUNCTION);
        List<String> names = new ArrayList<>();
        if (functions instanceof String[] many) {
            Arrays.stream(many).forEach(f -> names.add(f.toLowerCase(Locale.ROOT)));
        } else if (functions != null) {
            names.add(String.valueOf(functions).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
