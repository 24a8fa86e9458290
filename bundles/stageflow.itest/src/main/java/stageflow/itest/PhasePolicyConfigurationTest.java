package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;

@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class PhasePolicyConfigurationTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    @InjectService
    CommandProcessor processor;

    @InjectService
    LogReaderService logs;

    /** The participants policies, highest ranked first: the first is the one in force. */
    private List<PhasePolicy> participants() throws Exception {
        List<ServiceReference<PhasePolicy>> refs = new ArrayList<>(context.getServiceReferences(PhasePolicy.class,
                "(phase=participants)"));
        refs.sort(Comparator.reverseOrder());
        return refs.stream().map(context::getService).toList();
    }

    private void awaitParticipants(int policies, String what) throws InterruptedException {
        Await.until(what, Duration.ofSeconds(5), () -> {
            try {
                return participants().size() == policies;
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** The configuration the file stageflow.phase-participants.cfg would give, through ConfigAdmin directly. */
    private Configuration configuration() throws Exception {
        return configurationAdmin.getFactoryConfiguration("stageflow.phase", "participants", "?");
    }

    @AfterEach
    void removeConfiguration() throws Exception {
        configuration().delete();
        awaitParticipants(1, "defaults back in force");
    }

    @Test
    @DisplayName("P-2 every phase has a policy with the defaults of workflow-spec section 3, without any configuration")
    void defaults() throws Exception {
        for (Phase phase : Phase.values()) {
            assertThat(context.getServiceReferences(PhasePolicy.class, "(phase=" + phase.id() + ")")).hasSize(1);
        }
        PhasePolicy participants = participants().get(0);
        assertThat(participants.deliverableEditing()).isFalse();
        assertThat(participants.lockOverride()).isTrue();
        assertThat(participants.contentBinding()).isTrue();
        assertThat(participants.incentiveStatus()).isEqualTo("pending");
    }

    @Test
    @DisplayName("P-2 a phase's factory configuration takes over without restart, changes in place, and when deleted"
            + " the defaults are back")
    void configurationChange() throws Exception {
        Configuration configuration = configuration();
        configuration.update(new Hashtable<>(Map.of("deliverableEditing", "true", "lockOverride", "false")));
        awaitParticipants(2, "configured participants policy registered");
        PhasePolicy configured = participants().get(0);
        assertThat(configured.deliverableEditing()).isTrue();
        assertThat(configured.lockOverride()).isFalse();
        assertThat(configured.contentBinding()).as("not named: the default").isTrue();
        assertThat(Shell.run(processor, "stage:info confirmation")).contains("deliverable editing  open")
                .contains("lock override        refused");

        configuration.update(new Hashtable<>(Map.of("deliverableEditing", "true", "lockOverride", "true")));
        Await.until("participants policy reconfigured", Duration.ofSeconds(5), configured::lockOverride);
        assertThat(participants().get(0)).as("same service object: updated in place, not restarted")
                .isSameAs(configured);

        configuration.delete();
        awaitParticipants(1, "configured policy gone");
        assertThat(Shell.run(processor, "stage:info confirmation")).contains("deliverable editing  locked");
    }

    @Test
    @DisplayName("P-2 an edit with a value that is not a setting is refused and logged; the settings in force stay")
    void typoKeepsSettings() throws Exception {
        Configuration configuration = configuration();
        configuration.update(new Hashtable<>(Map.of("deliverableEditing", "true")));
        awaitParticipants(2, "configured participants policy registered");
        PhasePolicy configured = participants().get(0);
        List<String> warnings = new CopyOnWriteArrayList<>();
        LogListener listener = (LogEntry entry) -> warnings.add(entry.getMessage());
        logs.addLogListener(listener);
        try {
            configuration.update(new Hashtable<>(Map.of("deliverableEditing", "ture")));
            Await.until("the refusal logged", Duration.ofSeconds(5),
                    () -> warnings.stream().anyMatch(w -> w.contains("refused") && w.contains("ture")));
        } finally {
            logs.removeLogListener(listener);
        }
        assertThat(participants()).as("still the configured policy, not the defaults").hasSize(2);
        assertThat(participants().get(0)).isSameAs(configured);
        assertThat(configured.deliverableEditing()).as("the setting in force before the typo").isTrue();
        assertThat(Shell.run(processor, "stage:info confirmation")).contains("deliverable editing  open");
    }
}
