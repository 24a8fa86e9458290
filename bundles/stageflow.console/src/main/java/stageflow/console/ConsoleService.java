package stageflow.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.apache.felix.service.command.CommandProcessor;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import stageflow.api.access.Access;
import stageflow.api.access.Role;
import stageflow.api.console.CommandCompletion;
import stageflow.api.console.ConsoleUser;
import stageflow.api.console.Consoles;

/**
 * Stageflow's console, for every way to it: the launcher's modes use it directly (this bundle), the SSH server
 * through {@link Consoles}. One {@link Runner}, so one {@link Permissions}, for all of them.
 */
@Component(service = { Consoles.class, ConsoleService.class })
public class ConsoleService implements Consoles {
    private final Runner runner;
    private final CommandRoles roles;
    private final Permissions permissions;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<CommandCompletion> completions = List.of();

    /**
     * The grants, from the engine on the store. Optional: a store that cannot open must not keep the console (and
     * with it the launcher, which reports that failure) from starting; without it only the data directory's
     * administrator gets in.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Access access;

    @Activate
    public ConsoleService(@Reference CommandProcessor processor,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        this.roles = new CommandRoles(context);
        this.permissions = new Permissions(roles, () -> access);
        this.runner = new Runner(processor, logger, permissions);
    }

    @Override
    public int run(ConsoleUser user, Batch batch, OutputStream out, OutputStream err) {
        PrintStream output = print(out);
        PrintStream errors = print(err);
        try {
            return runner.script(user, batch.commands(), batch.source(), batch.directory(), output, errors);
        } finally {
            output.flush();
            errors.flush();
        }
    }

    @Override
    public Session open(ConsoleUser user, InputStream in, OutputStream out, String type, int columns, int rows,
            Path directory) {
        try {
            Terminal terminal = TerminalBuilder.builder().name("stageflow-" + user.name()).system(false)
                    .streams(in, out).type(type == null || type.isBlank() ? "dumb" : type)
                    .encoding(StandardCharsets.UTF_8).size(new Size(columns, rows)).build();
            if (type == null || type.isBlank()) {
                terminal.echo(false); // no terminal on the other side (ssh -T, input piped in): nobody types to see
            }
            return new RemoteSession(terminal, () -> Console.run(runner, user, terminal, null, directory,
                    () -> completions, runnable(user), Colours.forTerminal(terminal.getType(), null)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a terminal for " + user.name(), e);
        }
    }

    /** The interactive console on the local terminal, as its administrator, with a history file. */
    int local(ConsoleUser user, Path history) throws IOException {
        // dumb(true): without a terminal (input piped in) fall back to a plain one quietly, no JLine warning
        try (Terminal terminal = TerminalBuilder.builder().name("stageflow").system(true).dumb(true).build()) {
            return Console.run(runner, user, terminal, history, null, () -> completions, runnable(user),
                    Colours.forTerminal(terminal.getType(), System.getenv("NO_COLOR")));
        }
    }

    /** The command names completion offers {@code user}: those the user's role may run, asked afresh per Tab. */
    private Predicate<String> runnable(ConsoleUser user) {
        if (user.administrator()) {
            return name -> true;
        }
        return name -> {
            Role role = permissions.role(user).orElse(null);
            CommandRoles.Resolved command = roles.resolve(name);
            return role != null && command.role() != null && role.allows(command.role());
        };
    }

    private static PrintStream print(OutputStream out) {
        return out instanceof PrintStream p ? p : new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
