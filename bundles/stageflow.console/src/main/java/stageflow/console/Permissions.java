package stageflow.console;

import java.util.Optional;
import java.util.function.Supplier;

import stageflow.api.WorkflowException;
import stageflow.api.access.Access;
import stageflow.api.access.Grant;
import stageflow.api.access.Role;
import stageflow.api.console.ConsoleUser;

/**
 * The one place that decides whether a user may run a console line (workflow-spec ): every console, local
 * or remote, runs every line through here before Gogo sees it. The data directory's administrator may run
 * anything. Anyone else is looked up afresh for every line (a revoked key is refused at its next command), may run
 * only plain lines ({@link PlainLine}), and only commands whose declared role their own role includes.
 */
final class Permissions {
    private final CommandRoles roles;
    private final Supplier<Access> access;

    Permissions(CommandRoles roles, Supplier<Access> access) {
        this.roles = roles;
        this.access = access;
    }

    /** Nothing when {@code user} may run {@code line}; else why not, as the console's one line. */
    Optional<WorkflowException> refusal(ConsoleUser user, String line) {
        if (user.administrator()) {
            return Optional.empty();
        }
        Access grants = access.get();
        Optional<Grant> grant = grants == null ? Optional.empty() : grants.find(user.name(), user.key());
        if (grant.isEmpty()) {
            return Optional.of(new WorkflowException("X-4", "the key " + user.key() + " of '" + user.name()
                    + "' is not granted (any more); an admin can grant it again with access:grant"));
        }
        Role role = grant.get().role();
        try {
            for (String name : PlainLine.commands(line)) {
                CommandRoles.Resolved command = roles.resolve(name);
                if (command.command() == null) {
                    return Optional.of(command.problem().equals("unknown") ? WorkflowException.invalid(
                            "unknown command " + name + "; help lists the commands") : WorkflowException.invalid(
                                    name + " is " + command.problem() + "; name the scope"));
                }
                if (!role.allows(command.role())) {
                    return Optional.of(new WorkflowException("X-2", command.command() + " needs the "
                            + command.role().id() + " role and '" + user.name() + "' is " + role.id()
                            + "; nothing was run; an admin can change the role with access:grant"));
                }
            }
        } catch (PlainLine.NotPlain e) {
            return Optional.of(new WorkflowException("X-2", "the " + role.id() + " role runs plain commands only: "
                    + e.getMessage() + "; nothing was run"));
        }
        return Optional.empty();
    }
}
