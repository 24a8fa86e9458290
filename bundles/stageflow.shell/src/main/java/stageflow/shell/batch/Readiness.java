package stageflow.shell.batch;

import java.util.Optional;

import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Whether every Stageflow component is up, read from SCR itself: the same facts {@code scr:list} shows. A component
 * that failed to activate (a data directory held by another instance, say) ends the wait with its message.
 */
final class Readiness {
    private static final String PREFIX = "stageflow.";

    /** Not ready yet: {@code waitingFor} names what is missing. Failed: {@code failure} says why. */
    record State(boolean ready, String waitingFor, String failure) {
    }

    private Readiness() {
    }

    static State of(ServiceComponentRuntime scr) {
        String waiting = null;
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!description.bundle.symbolicName.startsWith(PREFIX) || !description.defaultEnabled) {
                continue;
            }
            var configurations = scr.getComponentConfigurationDTOs(description);
            if (configurations.isEmpty()) {
                waiting = description.name;
            }
            for (ComponentConfigurationDTO configuration : configurations) {
                if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    return new State(false, null, message(configuration.failure).orElse(description.name
                            + " failed to start"));
                }
                if (configuration.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE
                        || configuration.state == ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION) {
                    waiting = description.name;
                }
            }
        }
        return new State(waiting == null, waiting, null);
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
        return Optional.of(line.replaceFirst("^([\\w$]+\\.)*[\\w$]+(Exception|Error)(: |$)", ""));
    }
}
