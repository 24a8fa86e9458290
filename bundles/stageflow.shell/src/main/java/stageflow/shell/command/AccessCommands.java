package stageflow.shell.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stageflow.api.WorkflowException;
import stageflow.api.access.Access;
import stageflow.api.access.Grant;
import stageflow.api.access.PublicKeys;
import stageflow.api.access.Role;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.cli.Session;
import stageflow.shell.result.Results.AccessChanged;
import stageflow.shell.result.Results.AccessList;
import stageflow.shell.result.Results.History;

/** Scope {@code access}: who may use the remote console, with which keys and role (workflow-spec X-). */
@Component(service = {})
@Command(name = "access")
@Roles(read = Role.ADMIN, change = Role.ADMIN)
public class AccessCommands {
    private static final String REASON = "why, for the access journal";

    private final Access access;
    private final Scope scope;

    @Activate
    public AccessCommands(@Reference Access access, BundleContext context) {
        this.access = access;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    /** Exactly one of the two ways to give the key. */
    static final class KeySource {
        @Option(names = "--key", paramLabel = "<public-key>", required = true,
                description = "the OpenSSH public key line, quoted: \"ssh-ed25519 AAAA... user@host\"")
        String line;

        @Option(names = "--key-file", paramLabel = "<file>", required = true,
                description = "a .pub file holding the public key line")
        String file;
    }

    @Command(name = "grant", description = "let a user into the remote console with a public key and a role"
            + " (viewer, operator, admin); a user granted before takes the new role")
    @Example({ "access:grant ana operator --key-file keys/ana.pub", "access:grant ben viewer --key \"ssh-ed25519"
            + " AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE ben@laptop\"" })
    public AccessChanged grant(@Mixin Change change, @Mixin Session session,
            @Parameters(index = "0", paramLabel = "<user>", description = "the SSH user name") String user,
            @Parameters(index = "1", paramLabel = "<role>", description = "viewer, operator or admin") String role,
            @ArgGroup(exclusive = true, multiplicity = "1") KeySource key,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason) {
        String line = key.line != null ? key.line : read(session.path(key.file));
        Grant grant = access.grant(user, Role.fromId(role), line, change.origin(reason));
        return new AccessChanged("granted", user, PublicKeys.parse(line).fingerprint(), grant, change.dryRun());
    }

    @Command(name = "revoke", description = "end a user's access: one key, or every key; a session of that key is"
            + " refused at its next command")
    @Example({ "access:revoke ana", "access:revoke ana --key SHA256:c7b7MQU6BP8joeuq3i7K5rV3/F0CpkTwWwo52BWV7Ec" })
    public AccessChanged revoke(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<user>", description = "the SSH user name") String user,
            @Option(names = "--key", paramLabel = "<fingerprint>",
                    description = "only this key (SHA256:..., as access:list shows it)") String fingerprint,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason) {
        Grant left = access.revoke(user, fingerprint, change.origin(reason)).orElse(null);
        return new AccessChanged("revoked", user, fingerprint, left, change.dryRun());
    }

    @Command(name = "list", description = "list the users of the remote console, their roles and key fingerprints")
    @Example("access:list")
    public AccessList list() {
        return new AccessList(access.list());
    }

    @Command(name = "history", description = "show every grant and revocation, with who made it")
    @Example("access:history")
    public History history() {
        return new History(access.history());
    }

    private static String read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            if (lines.size() != 1) {
                throw WorkflowException.invalid(file + " holds " + lines.size() + " key lines; give a .pub file with"
                        + " one");
            }
            return lines.get(0);
        } catch (IOException e) {
            throw WorkflowException.invalid("cannot read " + file + "; give the path of a .pub file");
        }
    }
}
