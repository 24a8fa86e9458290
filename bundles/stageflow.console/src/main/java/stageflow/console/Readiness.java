package stageflow.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether every Stageflow component is up, read from SCR itself: the same facts {@code scr:list} shows. A component
 * that failed to activate (a data directory held by another instance, say) ends the wait with its message.
 */
final class Readiness {
    private static final String PREFIX = "stageflow.";
    /** Where the bnd launcher installs the bundles of the distribution from: jar/ inside the runnable jar. */
    private static final String LAUNCHER_LOCATION = "jar/";

    /** Not ready yet: {@code waitingFor} names what is missing. Failed: {@code failure} says why. */
    record State(boolean ready, String waitingFor, String failure, String detail) {
        State(boolean ready, String waitingFor, String failure) {
            this(ready, waitingFor, failure, null);
        }
    }

    private Readiness() {
    }

    /**
     * @param configured PIDs of the configuration files in the configuration folder: a component configured by one
     *                   of them is ready only once it runs with that configuration, so a script never sees defaults
     *                   that the operator's files change a moment later
     */
    static State of(ServiceComponentRuntime scr, Set<String> configured) {
        return of(scr, configured, Set.of());
    }

    /**
     * @param deployed ids of the bundles installed from the deploy folder: their components count like Stageflow's
     *                 own, so a script sees the stages of extensions that were there at start
     */
    static State of(ServiceComponentRuntime scr, Set<String> configured, Set<Long> deployed) {
        String waiting = null;
        Set<String> factories = new HashSet<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            boolean ours = description.bundle.symbolicName.startsWith(PREFIX) || deployed.contains(description.bundle.id);
            if (!ours || !description.defaultEnabled) {
                continue;
            }
            factories.addAll(Arrays.asList(description.configurationPid));
            var configurations = scr.getComponentConfigurationDTOs(description);
            // a component that requires a configuration nobody gave (a phase without a policy file) is not expected
            if (configurations.isEmpty() && !"require".equals(description.configurationPolicy)) {
                waiting = description.name;
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    String why = message(configuration.failure).orElse("failed to start");
                    // a bare exception name or no message at all says little without the component's name
                    boolean bare = why.equals("failed to start") || why.matches("[\\w$]+(Exception|Error)");
                    return new State(false, null, bare ? description.name + ": " + why : why,
                            configuration.failure);
                }
                // an immediate component (the shell's scopes register their commands as they activate) counts once
                // active: satisfied, SCR may not have activated it yet
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION
                        || description.immediate && configuration.state == ComponentConfigurationDTO.SATISFIED
                        || !applied(description, configuration, configured)) {
                    waiting = description.name;
                }
            }
        }
        if (waiting == null) {
            waiting = missingFactoryConfiguration(scr, configured, factories);
        }
        return new State(waiting == null, waiting, null);
    }

    /**
     * A factory configuration file ({@code stageflow.phase-participants.cfg}, PID {@code stageflow.phase~participants})
     * is in force once some component runs with it; the name of the first one that none does yet, else null. Only
     * the factories our components read count: a file for somebody else's factory is not ours to wait for.
     */
    private static String missingFactoryConfiguration(ServiceComponentRuntime scr, Set<String> configured,
            Set<String> factories) {
        Set<String> running = new HashSet<>();
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                if (configuration.state == ComponentConfigurationDTO.ACTIVE
                        || configuration.state == ComponentConfigurationDTO.SATISFIED) {
                    running.add(String.valueOf(configuration.properties.get("service.pid")));
                }
            }
        }
        return configured.stream().filter(pid -> pid.contains("~") && !running.contains(pid))
                .filter(pid -> factories.contains(pid.substring(0, pid.indexOf('~')))).findFirst()
                .map(pid -> "the component configured by " + pid).orElse(null);
    }

    private static boolean applied(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration,
            Set<String> configured) {
        Set<String> expected = new HashSet<>(Arrays.asList(description.configurationPid));
        expected.retainAll(configured);
        if (expected.isEmpty()) {
            return true;
        }
        Object pids = configuration.properties.get("service.pid");
        Set<String> present = new HashSet<>();
        if (pids instanceof String pid) {
            present.add(pid);
        } else if (pids instanceof String[] many) {
            present.addAll(Arrays.asList(many));
        }
        return present.containsAll(expected);
    }

    /**
     * The name of a started Stageflow bundle whose components SCR does not list yet, or null: SCR takes up a bundle
     * after it has started, so for a moment an active bundle's components (the shell's commands, say) are nowhere.
     */
    static String unlisted(BundleContext context, ServiceComponentRuntime scr) {
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && name.startsWith(PREFIX) && bundle.getState() == Bundle.ACTIVE
                    && bundle.getHeaders().get("Service-Component") != null
                    && scr.getComponentDescriptionDTOs(bundle).isEmpty()) {
                return name;
            }
        }
        return null;
    }

    /**
     * The name of a bundle of the distribution, or of Stageflow, that is to start but has not yet, or null when all
     * have; a bundle an operator stopped for good is not waited for.
     */
    static String starting(BundleContext context) {
        int beginning = beginning(context);
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            if (name == null || bundle.getState() == Bundle.ACTIVE || fragment(bundle) || level == null) {
                continue;
            }
            if (bundle.getState() == Bundle.STARTING && level.isActivationPolicyUsed()) {
                continue; // lazy activation (JMustache): it stays starting until a class is first loaded from it
            }
            // the distribution's own bundles (the bnd launcher's locations are jar/...) start level by level while
            // this console already runs, and the launcher raises the start level from a beginning of 1: the
            // beginning property does not say which are still to come, their persistent start mark does
            if (bundle.getLocation().startsWith(LAUNCHER_LOCATION) && level.isPersistentlyStarted()) {
                return name;
            }
            if (name.startsWith(PREFIX) && level.isPersistentlyStarted() && level.getStartLevel() <= beginning) {
                return name;
            }
        }
        return null;
    }

    private static int beginning(BundleContext context) {
        try {
            return Integer.parseInt(String.valueOf(context.getProperty("org.osgi.framework.startlevel.beginning")));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * The bundles FileInstall installed from the jars in {@code folder}, or null while one of them is not installed
     * and active yet (FileInstall scans in its own thread, just after start).
     */
    static Set<Long> deployed(BundleContext context, Path folder) {
        Set<Long> ids = new HashSet<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return ids;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).toList()) {
                String uri = jar.toAbsolutePath().normalize().toUri().toString();
                Bundle bundle = Arrays.stream(context.getBundles())
                        .filter(b -> b.getLocation().equals(uri) || b.getLocation().endsWith(jar.toAbsolutePath()
                                .normalize().toString()))
                        .findFirst().orElse(null);
                if (bundle == null || (bundle.getState() != Bundle.ACTIVE && !fragment(bundle))) {
                    return null;
                }
                ids.add(bundle.getBundleId());
            }
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    private static boolean fragment(Bundle bundle) {
        return bundle.getHeaders().get("Fragment-Host") != null && bundle.getState() == Bundle.RESOLVED;
    }

    /**
     * PIDs of the {@code .cfg} files FileInstall delivers from {@code folder}: {@code x.cfg} is PID {@code x},
     * {@code factory-name.cfg} the named factory configuration {@code factory~name}.
     */
    static Set<String> pids(Path folder) {
        Set<String> pids = new HashSet<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return pids;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cfg"))
                    .map(n -> n.substring(0, n.length() - ".cfg".length()))
                    .map(pid -> pid.contains("-") ? pid.substring(0, pid.indexOf('-')) + "~"
                            + pid.substring(pid.indexOf('-') + 1) : pid)
                    .forEach(pids::add);
        } catch (IOException e) {
            return pids;
        }
        return pids;
    }

    /**
     * The root cause's message from SCR's failure text (a stack trace; constructor injection wraps the component's
     * own exception), without exception class names.
     */
    static Optional<String> message(String failure) {
        if (failure == null || failure.isBlank()) {
            return Optional.empty();
        }
        String line = failure.lines().filter(l -> l.startsWith("Caused by: ")).reduce((first, last) -> last)
                .map(l -> l.substring("Caused by: ".length()))
                .orElse(failure.lines().findFirst().orElse("")).trim();
        String message = line.replaceFirst("^([\\w$]+\\.)*[\\w$]+(Exception|Error)(: |$)", "");
        // an exception without a message is named by its class, never an empty line
        return Optional.of(message.isBlank() ? line.replaceFirst("^([\\w$]+\\.)*", "") : message);
    }
}
