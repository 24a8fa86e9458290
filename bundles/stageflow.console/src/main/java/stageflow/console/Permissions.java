package stageflow.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import stageflow.api.WorkflowException;
import stageflow.api.access.Access;
import stageflow.api.access.Grant;
import stageflow.api.access.Role;
import stageflow.api.console.ConsoleUser;

/**
 * The one place that decides whether a user may run a console line (workflow-spec ): every console, local
 * or remote, runs every line through here before Gogo sees it. The data directory's administrator and users granted
 * the admin role run lines as typed. Anyone else is looked up afresh for every line (a revoked key is refused at
 * its next command), may type only plain commands ({@link PlainLine}), each of a role their own includes, and Gogo
 * runs the line rebuilt from those commands' names and literal words, never the text as typed.
 */
final class Permissions {
    private final CommandRoles roles;
    private final Supplier<Access> access;

    /**
     * What to do with a line: run {@code line} (the one given, or its rebuilt form), or refuse it; {@code files}:
     * whether its commands may name files on the server (admins only).
     */
    record Decision(String line, WorkflowException refusal, boolean files) {
        static Decision run(String line, boolean files) {
            return new Decision(line, null, files);
        }

        static Decision refuse(WorkflowException refusal) {
            return new Decision(null, refusal, false);
        }
    }

    Permissions(CommandRoles roles, Supplier<Access> access) {
        this.roles = roles;
        this.access = access;
    }

    /** The role of {@code user} now: admin for the data directory's administrator, empty when not granted. */
    Optional<Role> role(ConsoleUser user) {
        if (user.administrator()) {
            return Optional.of(Role.ADMIN);
        }
        Access grants = access.get();
        return grants == null ? Optional.empty() : grants.find(user.name(), user.key()).map(Grant::role);
    }

    Decision decide(ConsoleUser user, String line) {
        Optional<Role> granted = role(user);
        if (granted.isEmpty()) {
            return Decision.refuse(new WorkflowException("X-4", "the key " + user.key() + " of '" + user.name()
                    + "' is not granted (any more); an admin can grant it again with access:grant"));
        }
        Role role = granted.get();
        if (role == Role.ADMIN) {
            return Decision.run(line, true);
        }
        List<String> rebuilt = new ArrayList<>();
        try {
            for (PlainLine.Statement statement : PlainLine.statements(line)) {
                CommandRoles.Resolved command = roles.resolve(statement.name());
                if (command.command() == null) {
                    return Decision.refuse(command.problem().equals("unknown") ? WorkflowException.invalid(
                            "unknown command " + statement.name() + "; help lists the commands")
                            : WorkflowException.invalid(statement.name() + " is " + command.problem()
                                    + "; name the scope"));
                }
                if (!role.allows(command.role())) {
                    return Decision.refuse(new WorkflowException("X-2", command.command() + " needs the "
                            + command.role().id() + " role and '" + user.name() + "' is " + role.id()
                            + "; nothing was run; an admin can change the role with access:grant"));
                }
                rebuilt.add(statement.line(command.command()));
            }
        } catch (PlainLine.NotPlain e) {
            return Decision.refuse(new WorkflowException("X-2", "the " + role.id() + " role runs plain commands"
                    + " only: " + e.getMessage() + "; nothing was run"));
        }
        return Decision.run(String.join("\n", rebuilt), false);
    }
}
