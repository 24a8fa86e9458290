package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.Workflow;
import stageflow.api.stage.StageRegistry;

/** A real extension bundle installed, uninstalled and installed again while campaigns use its stage (C-9, C-10). */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class HotDeployTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    StageRegistry registry;

    @InjectService
    CommandProcessor processor;

    private String location() throws Exception {
        Path dir = Path.of(context.getProperty("stageflow.example.dir"));
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(p -> p.getFileName().toString().matches("stageflow\\.example\\.negotiation-.*\\.jar"))
                    .findFirst().orElseThrow().toUri().toString();
        }
    }

    private Bundle install() throws Exception {
        Bundle bundle = context.installBundle(location());
        bundle.start();
        Await.until("negotiation registered", Duration.ofSeconds(5), () -> registry.stage("negotiation").isPresent());
        return bundle;
    }

    private long workflowServiceId() {
        ServiceReference<Workflow> ref = context.getServiceReference(Workflow.class);
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    @Test
    @DisplayName("C-9 C-10 a stage bundle comes and goes: influencers stay, entry is refused, leaving works, it comes back")
    void stageComesAndGoes() throws Exception {
        String c = "hot-" + UUID.randomUUID().toString().substring(0, 8);
        Bundle bundle = install();
        long engine = workflowServiceId();
        try {
            assertThat(Shell.run(processor, "stage:list")).contains("negotiation").contains("stageflow.example.negotiation");
            Shell.run(processor, "campaign:create " + c);
            Shell.run(processor, "workflow:insert " + c + " negotiation --after applied");
            Shell.run(processor, "influencer:add " + c + " ana ben cy");
            Shell.run(processor, "influencer:move " + c + " negotiation ana ben");

            bundle.uninstall();
            Await.until("negotiation gone", Duration.ofSeconds(5), () -> registry.stage("negotiation").isEmpty());
            assertThat(Shell.run(processor, "campaign:show " + c + " --json")).contains("{\"id\":\"negotiation\","
                    + "\"label\":\"Negotiation\",\"phase\":\"candidates\",\"enabled\":true,\"required\":false,"
                    + "\"linkedWith\":null,\"custom\":true,\"available\":false,\"count\":2}");
            assertThatThrownBy(() -> Shell.run(processor, "influencer:move " + c + " negotiation cy"))
                    .hasMessageStartingWith("refused (C-10):");
            assertThat(Shell.run(processor, "influencer:move " + c + " deliverables ben")).contains("ben: negotiation -> deliverables");

            bundle = install();
            assertThat(Shell.run(processor, "influencer:list " + c + " --stage negotiation --json"))
                    .contains("\"influencer\":\"ana\"");
            assertThat(Shell.run(processor, "influencer:move " + c + " negotiation cy")).contains("cy: candidates -> negotiation");
            assertThat(workflowServiceId()).as("the engine was never restarted").isEqualTo(engine);
        } finally {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
    }
}
