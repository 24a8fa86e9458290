package stageflow.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Waiting until Stageflow is up: every Stageflow component, every configuration file and every bundle of the deploy
 * folder (read from SCR itself, see {@link Readiness}), so a script sees what an interactive operator would. A
 * component that cannot start ends the wait at once with its one line; the stack trace goes to a file.
 */
final class Startup {
    private static final long TIMEOUT_MS = TimeUnit.SECONDS.toMillis(60);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    Startup(BundleContext context, ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    /** Null when everything is up; else the one line that says why it is not. */
    String await() {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
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
                String what = state.waitingFor();
                return "error: Stageflow did not start within " + TIMEOUT_MS / 1000 + " s: " + (what.contains(" ")
                        ? "still waiting for " + what : "component " + what + " is still waiting for a service"
                                + " (scr:info " + what + " in the interactive shell tells which)");
            }
            try {
                Thread.sleep(20); // polling SCR's state with a deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "error: interrupted while starting";
            }
            state = state(configured, deployFolder);
        }
        return null;
    }

    /** The whole failure (a stack trace) goes to {@code start-failure.log} in the data directory; the line says so. */
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

    private Readiness.State state(Set<String> configured, Path deployFolder) {
        // SCR knows the components of started bundles only: until every Stageflow bundle has started (the start
        // levels start them one after another), a bundle's components may not even be listed yet
        String starting = Readiness.starting(context);
        if (starting != null) {
            return new Readiness.State(false, "bundle " + starting + " to start", null);
        }
        String unlisted = Readiness.unlisted(context, scr);
        if (unlisted != null) {
            return new Readiness.State(false, "the components of bundle " + unlisted, null);
        }
        Set<Long> deployed = Readiness.deployed(context, deployFolder);
        if (deployed == null) {
            return new Readiness.State(false, "the bundles of " + deployFolder, null);
        }
        return Readiness.of(scr, configured, deployed);
    }

    String property(String key) {
        String value = context.getProperty(key);
        return value == null ? "" : value;
    }
}
