package stageflow.console;

import static stageflow.console.Runner.STDERR;
import static stageflow.console.Runner.STDOUT;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

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

import stageflow.api.console.ConsoleUser;
import stageflow.api.console.Consoles.Batch;

/**
 * The modes of {@code bin/stageflow}: {@code exec} (commands from the command line), {@code run} (a script file),
 * {@code interactive} (the console) and {@code serve} (headless). Gogo's own {@code -c} mode prints no results and
 * may run before the commands exist (docs/toolchain.md, trap 8), so each mode first waits until Stageflow is up,
 * then runs on the bnd launcher's main thread, which afterwards stops the framework and exits with the status.
 */
@Component(immediate = true)
public class Launch {
    static final String MODE = "stageflow.mode";
    /** However start-up or shutdown went wrong, the process ends this long after its work is done. */
    private static final long EXIT_DEADLINE_MS = TimeUnit.SECONDS.toMillis(15);

    private final BundleContext context;
    private final Startup startup;
    private final ConsoleService consoles;
    private final Logger logger;
    private ServiceRegistration<?> mainThread;
    /** The status the process ends with when a signal stops it: 0 unless the work already failed. */
    private volatile int exitStatus;

    @Activate
    public Launch(@Reference ConsoleService consoles, @Reference ServiceComponentRuntime scr,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        this.context = context;
        this.logger = logger;
        this.startup = new Startup(context, scr);
        this.consoles = consoles;
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
            int status = run(mode);
            exitStatus = status;
            exitWithin(status, EXIT_DEADLINE_MS);
            return status;
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

    private int run(String mode) {
        try {
            timing("main thread");
            if (mode.equals("serve")) {
                stopOnSignal(); // before the wait: a SIGTERM during start-up stops the framework cleanly too
            }
            String failure = startup.await();
            timing("ready");
            if (failure != null) {
                STDERR.println(failure);
                return 1;
            }
            // a local console belongs to the data directory's administrator: the system user
            ConsoleUser user = ConsoleUser.administrator(System.getProperty("user.name", "operator"));
            return switch (mode) {
                case "exec" -> script(user, Batch.of(startup.property("stageflow.commands")));
                case "run" -> {
                    Path file = Path.of(startup.property("stageflow.script"));
                    yield script(user, new Batch(Files.readString(file, StandardCharsets.UTF_8),
                            file.getFileName().toString(), null));
                }
                case "interactive" -> consoles.local(user, history());
                default -> serve();
            };
        } catch (IOException e) {
            STDERR.println("error: " + e.getMessage());
            return 1;
        } catch (RuntimeException | Error e) {
            logger.error("Stageflow's {} mode failed", mode, e);
            STDERR.println("error: " + e + " (details in the log)");
            return 1;
        } finally {
            STDOUT.flush();
            STDERR.flush();
        }
    }

    /** Runs the commands in one session; 0 when all succeeded, 1 at the first failure, named by its line. */
    private int script(ConsoleUser user, Batch batch) {
        int status = consoles.run(user, batch, STDOUT, STDERR);
        timing("commands done");
        return status;
    }

    /**
     * Headless until stopped. One line says it is up; SIGTERM (or Ctrl-C) stops the framework cleanly, the store
     * closing, and the process ends with status 0, as a service manager expects of a clean stop.
     */
    private int serve() {
        STDOUT.println("Stageflow is serving " + startup.property("stageflow.data") + " (pid "
                + ProcessHandle.current().pid() + "); SIGTERM or Ctrl-C stops it");
        try {
            ((Framework) context.getBundle(0)).waitForStop(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * SIGTERM or Ctrl-C: the framework stops (the store closes) and the process ends, with status 0 for a clean stop.
     * The hook ends it with halt: the launcher's own exit, once the main thread returns, would wait for this hook.
     */
    private void stopOnSignal() {
        Framework framework = (Framework) context.getBundle(0);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                framework.stop();
                framework.waitForStop(EXIT_DEADLINE_MS);
            } catch (Exception e) {
                // the status says whether it went well; the halt comes anyway
            }
            Runtime.getRuntime().halt(exitStatus);
        }, "stageflow-stop"));
    }

    private Path history() {
        String data = startup.property("stageflow.data");
        return Path.of(data.isEmpty() ? "data" : data).resolve("console.history");
    }

    /** With -Dstageflow.timing=true, how long after the JVM started each step of a start was reached (stderr). */
    private void timing(String step) {
        if (Boolean.parseBoolean(startup.property("stageflow.timing"))) {
            long since = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            STDERR.println("timing: " + step + " at " + since + " ms");
        }
    }

    /**
     * The launcher stops the framework and exits after the main thread returns; should the stop hang (a bundle that
     * does not let go), the process still ends, with the status of the work, after {@code millis}.
     */
    private static void exitWithin(int status, long millis) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            STDERR.println("warning: Stageflow did not stop within " + millis / 1000 + " s; ending the process");
            Runtime.getRuntime().halt(status);
        }, "stageflow-exit-deadline");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
