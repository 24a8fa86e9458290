package stageflow.console;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import stageflow.api.WorkflowException;

/**
 * The modes of {@code bin/stageflow}: {@code exec} (commands from the command line), {@code run} (a script file),
 * {@code interactive} (the console) and {@code serve} (headless). Gogo's own {@code -c} mode prints no results and
 * may run before the commands exist (toolchain.md trap 8), so this runner waits until every Stageflow component is
 * up, then runs each command through the {@link CommandProcessor} and prints its result. Scripts stop at the first
 * failure with its one line on stderr; the runner then stops the framework and exits 0 or 1.
 */
@Component(immediate = true)
public class BatchRunner {
    static final String MODE = "stageflow.mode";
    static final String COMMANDS = "stageflow.commands";
    static final String SCRIPT = "stageflow.script";
    private static final long START_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(60);
    /**
     * The process's own output and error streams. Gogo has replaced System.out and System.err with streams that
     * write to the running command's session; a session made of those would write to itself without end.
     */
    private static final PrintStream STDOUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    private static final PrintStream STDERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    private final CommandProcessor processor;
    private final ServiceComponentRuntime scr;
    private final BundleContext context;
    private ServiceRegistration<?> mainThread;

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Activate
    public BatchRunner(@Reference CommandProcessor processor, @Reference ServiceComponentRuntime scr,
            BundleContext context) {
        this.processor = processor;
        this.scr = scr;
        this.context = context;
        String mode = context.getProperty(MODE);
        if (mode != null && !mode.isBlank()) {
            // the bnd launcher runs a Callable registered with main.thread=true on its main thread, then stops the
            // framework (every bundle stops cleanly, the store closes) and exits with the returned status
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put("main.thread", Boolean.TRUE);
            mainThread = context.registerService(Callable.class, new MainThread(mode.trim()), properties);
        }
    }

    /** A named class: the launcher reads {@code Callable<Integer>} from its declaration; a lambda has none. */
    private final class MainThread implements Callable<Integer> {
        private final String mode;

        MainThread(String mode) {
            this.mode = mode;
        }

        @Override
        public Integer call() {
            return run(mode);
        }
    }

    @Deactivate
    void deactivate() {
        if (mainThread != null) {
            try {
                mainThread.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered with the bundle
            }
        }
    }

    private Integer run(String mode) {
        try {
            return switch (mode) {
                case "exec" -> awaitThenRun(() -> property(COMMANDS));
                case "run" -> awaitThenRun(this::script);
                case "interactive" -> awaitThenConsole();
                default -> awaitOrExit();
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException | Error e) {
            logger.error("run failed", e);
            STDERR.println("error: " + e.getMessage() + " (details in the log)");
            return 1;
        } finally {
            STDOUT.flush();
            STDERR.flush();
        }
    }

    private interface Source {
        String text() throws IOException;
    }

    private int awaitThenRun(Source source) {
        timing("main thread");
        String failure = await();
        timing("ready");
        if (failure != null) {
            STDERR.println(failure);
            return 1;
        }
        String text;
        try {
            text = source.text();
        } catch (IOException e) {
            STDERR.println("error: cannot read the script: " + e.getMessage());
            return 1;
        }
        int status = execute(Script.commands(text), STDOUT, STDERR);
        timing("commands done");
        return status;
    }

    /** With -Dstageflow.timing=true, how long after the JVM started each step of a start was reached (stderr). */
    private void timing(String step) {
        if (Boolean.parseBoolean(property("stageflow.timing"))) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            STDERR.println("timing: " + step + " at " + since + " ms");
        }
    }

    private int awaitThenConsole() {
        String failure = await();
        if (failure != null) {
            STDERR.println(failure);
            return 1;
        }
        Path history = Path.of(property("stageflow.data").isEmpty() ? "data" : property("stageflow.data"))
                .resolve("console.history");
        try (CommandSession session = processor.createSession(System.in, STDOUT, STDERR)) {
            return Console.run(session, history, this::one);
        } catch (IOException e) {
            STDERR.println("error: cannot open the console: " + e.getMessage());
            return 1;
        }
    }

    /** Serve mode: stay up until the framework stops; only a component that cannot start ends it early. */
    private int awaitOrExit() throws InterruptedException {
        String failure = await();
        if (failure != null) {
            STDERR.println(failure);
            return 1;
        }
        ((Framework) context.getBundle(0)).waitForStop(0);
        return 0;
    }

    /** Null when everything is up; else the one line that says why it is not. */
    private String await() {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        String config = property("stageflow.config");
        Set<String> configured = Readiness.pids(config.isEmpty() ? null : Path.of(config));
        String deploy = property("stageflow.deploy");
        Path deployFolder = deploy.isEmpty() ? null : Path.of(deploy);
        Readiness.State state = state(configured, deployFolder);
        while (!state.ready()) {
            if (state.failure() != null) {
                return "error: Stageflow cannot start: " + state.failure() + startFailureLog(state.detail());
            }
            if (System.currentTimeMillis() > deadline) {
                return "error: Stageflow did not start within " + START_TIMEOUT_MS / 1000 + " s: component "
                        + state.waitingFor() + " is still waiting for a service (scr:info " + state.waitingFor()
                        + " in the interactive shell tells which)";
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "error: interrupted while starting";
            }
            state = state(configured, deployFolder);
        }
        return null;
    }

    /**
     * The whole failure (a stack trace) goes to {@code start-failure.log} in the data directory, not the console;
     * the console line says where it is.
     */
    private String startFailureLog(String detail) {
        String data = property("stageflow.data");
        if (detail == null || data.isEmpty()) {
            return "";
        }
        Path file = Path.of(data, "start-failure.log");
        try {
            Files.writeString(file, detail, StandardCharsets.UTF_8);
            return " (details in " + file + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /** Up when every Stageflow component, every configuration file and every bundle of the deploy folder is. */
    private Readiness.State state(Set<String> configured, Path deployFolder) {
        Set<Long> deployed = Readiness.deployed(context, deployFolder);
        if (deployed == null) {
            return new Readiness.State(false, "the bundles of " + deployFolder, null);
        }
        return Readiness.of(scr, configured, deployed);
    }

    /** Runs the commands in one session; 0 when all succeeded, 1 at the first failure. */
    int execute(List<String> commands, PrintStream out, PrintStream err) {
        try (CommandSession session = processor.createSession(System.in, out, err)) {
            for (String command : commands) {
                if (!one(session, command, out, err)) {
                    return 1;
                }
            }
            out.flush();
            return 0;
        }
    }

    /** Runs one command: its result on {@code out}, or its one-line failure on {@code err}; true when it succeeded. */
    boolean one(CommandSession session, String command, PrintStream out, PrintStream err) {
        try {
            Object result = session.execute(command);
            if (result != null) {
                out.println(session.format(result, Converter.INSPECT));
            }
            return true;
        } catch (Exception e) {
            err.println(Lines.oneLine(command, e));
            if (!(e instanceof WorkflowException)) {
                logger.error("command failed: {}", command, e);
            }
            return false;
        }
    }

    private String property(String key) {
        String value = context.getProperty(key);
        return value == null ? "" : value;
    }

    private String script() throws IOException {
        return Files.readString(Path.of(property(SCRIPT)), StandardCharsets.UTF_8);
    }
}
