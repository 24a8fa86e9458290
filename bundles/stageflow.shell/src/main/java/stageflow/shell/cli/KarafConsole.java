package stageflow.shell.cli;

import java.security.AccessController;
import java.security.Principal;
import java.util.Optional;

import javax.security.auth.Subject;

import org.apache.felix.service.command.Function;
import org.osgi.framework.BundleContext;

import stageflow.api.WorkflowException;
import stageflow.shell.format.TextFormat;

/**
 * Stageflow's commands inside Apache Karaf's console, which differs from Stageflow's own in what it shows: over SSH
 * exec and {@code bin/client} it prints no command's result, and {@code help <command>} shows only what
 * {@code <command> --help} prints. So there a command prints its result (text, or JSON with {@code --json}) and
 * returns nothing, and fails with the one line Stageflow's console would show. Karaf's console is recognised by the
 * framework property {@value #HOME_PROPERTY}, which Karaf always sets.
 */
final class KarafConsole {
    static final String HOME_PROPERTY = "karaf.home";

    private KarafConsole() {
    }

    static boolean hosts(BundleContext context) {
        String home = context.getProperty(HOME_PROPERTY);
        return home != null && !home.isBlank();
    }

    /** The command as Karaf's console needs it: the result printed, a failure as one line. */
    static Function printing(Function command) {
        return (session, arguments) -> {
            Object result;
            try {
                result = command.execute(session, arguments);
            } catch (WorkflowException e) {
                throw new CommandException(e.getMessage());
            }
            if (result != null) {
                // System.out is the session's output while a command runs (Gogo's ThreadIO)
                System.out.println(result instanceof CharSequence text ? text : TextFormat.text(result));
                System.out.flush();
            }
            return null;
        };
    }

    /**
     * The user Karaf signed in: Karaf runs every command as its JAAS subject, whose user principal names them (a
     * session variable would not do: a Karaf user can assign any variable).
     */
    @SuppressWarnings("removal") // the way to the caller's subject on Java 17, as Karaf's own ShellUtil does
    static Optional<String> signedIn() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null) {
            return Optional.empty();
        }
        return subject.getPrincipals().stream().filter(p -> p.getClass().getSimpleName().equals("UserPrincipal"))
                .map(Principal::getName).filter(name -> name != null && !name.isBlank()).findFirst();
    }
}
