package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Hashtable;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
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

    private PhasePolicy participants() throws Exception {
        return context.getServiceReferences(PhasePolicy.class, "(phase=participants)").stream()
                .map(context::getService).findFirst().orElseThrow();
    }

    @AfterEach
    void removeConfiguration() throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration("stageflow.phase.participants", "?");
        configuration.delete();
        Await.until("defaults back", Duration.ofSeconds(5), () -> {
            try {
                return !participants().deliverableEditing();
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    @DisplayName("P-2 one policy per phase with the defaults of workflow-spec section 3")
    void defaults() throws Exception {
        for (Phase phase : Phase.values()) {
            assertThat(context.getServiceReferences(PhasePolicy.class, "(phase=" + phase.id() + ")")).hasSize(1);
        }
        PhasePolicy participants = participants();
        assertThat(participants.deliverableEditing()).isFalse();
        assertThat(participants.lockOverride()).isTrue();
        assertThat(participants.contentBinding()).isTrue();
        assertThat(participants.incentiveStatus()).isEqualTo("pending");
    }

    @Test
    @DisplayName("P-2 a policy change through ConfigAdmin takes effect without restart, and the shell shows it")
    void configurationChange() throws Exception {
        PhasePolicy before = participants();
        Configuration configuration = configurationAdmin.getConfiguration("stageflow.phase.participants", "?");
        Hashtable<String, Object> settings = new Hashtable<>();
        settings.put("deliverableEditing", true);
        settings.put("lockOverride", false);
        configuration.update(settings);

        Await.until("participants policy reconfigured", Duration.ofSeconds(5), () -> before.deliverableEditing());
        assertThat(participants()).as("same service object: updated in place, not restarted").isSameAs(before);
        assertThat(before.lockOverride()).isFalse();
        String info = Shell.run(processor, "stage:info confirmation");
        assertThat(info).contains("deliverable editing  open").contains("lock override        refused");
    }
}
