package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Duration;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.InfluencerMoves;
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

    private Bundle install() throws Exception {
        Bundle bundle = context.installBundle(Examples.location(context, "stageflow.example.negotiation"));
        bundle.start();
        Await.until("negotiation registered", Duration.ofSeconds(5), () -> registry.stage("negotiation").isPresent());
        return bundle;
    }

    /** A draft campaign with negotiation after applied: {@code added} join it, {@code negotiating} move into it. */
    private void negotiationCampaign(String c, String added, String negotiating) throws Exception {
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "workflow:insert " + c + " negotiation --after applied");
        Shell.run(processor, "influencer:add " + c + " " + added);
        Shell.run(processor, "influencer:move " + c + " negotiation " + negotiating);
    }

    private long engineServiceId() {
        ServiceReference<InfluencerMoves> ref = context.getServiceReference(InfluencerMoves.class);
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }

    @Test
    @DisplayName("C-9 C-10 a stage bundle comes and goes: influencers stay, entry is refused, leaving works, it comes back")
    void stageComesAndGoes() throws Exception {
        String c = Shell.uniqueId("hot");
        Bundle bundle = install();
        long engine = engineServiceId();
        try {
            assertThat(Shell.run(processor, "stage:list")).contains("negotiation").contains("stageflow.example.negotiation");
            negotiationCampaign(c, "ana ben cy", "ana ben");

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
            assertThat(engineServiceId()).as("the engine was never restarted").isEqualTo(engine);
        } finally {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
    }

    @Test
    @DisplayName("C-10 updating a stage bundle in place, then refreshing it, keeps influencers and never restarts the core")
    void updateInPlace() throws Exception {
        String c = Shell.uniqueId("upd");
        Bundle bundle = install();
        long engine = engineServiceId();
        Map<String, List<Long>> coreServices = coreBundles();
        try {
            negotiationCampaign(c, "ana", "ana");
            long before = bundle.getLastModified();

            try (InputStream jar = URI.create(Examples.location(context, "stageflow.example.negotiation")).toURL()
                    .openStream()) {
                bundle.update(jar);
            }
            refresh(bundle);
            Await.until("negotiation back after the update", Duration.ofSeconds(5),
                    () -> registry.stage("negotiation").isPresent());
            assertThat(bundle.getLastModified()).as("a new revision").isGreaterThanOrEqualTo(before);
            assertThat(bundle.getState()).isEqualTo(Bundle.ACTIVE);
            assertThat(Shell.run(processor, "influencer:list " + c + " --stage negotiation --json"))
                    .contains("\"influencer\":\"ana\"");
            assertThat(Shell.run(processor, "influencer:move " + c + " deliverables ana"))
                    .contains("ana: negotiation -> deliverables");
            assertThat(engineServiceId()).as("the engine was never restarted").isEqualTo(engine);
            assertThat(coreBundles()).as("no core bundle was refreshed or restarted").isEqualTo(coreServices);
        } finally {
            bundle.uninstall();
        }
    }

    /** Refreshes exactly this bundle and waits for the framework to finish, as FileInstall does after an update. */
    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class)
                .refreshBundles(List.of(bundle), event -> {
                    if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                        done.countDown();
                    }
                });
        assertThat(done.await(10, TimeUnit.SECONDS)).as("refresh finished").isTrue();
    }

    /**
     * The services each core bundle has registered, by id: a core bundle that was refreshed or restarted registers
     * its services again under new ids.
     */
    private Map<String, List<Long>> coreBundles() {
        Map<String, List<Long>> result = new java.util.TreeMap<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("stageflow.") && !name.startsWith("stageflow.example.")
                    && !name.equals("stageflow.itest") && b.getRegisteredServices() != null) {
                result.put(name, java.util.Arrays.stream(b.getRegisteredServices())
                        .map(ref -> (Long) ref.getProperty(Constants.SERVICE_ID)).sorted().toList());
            }
        }
        return result;
    }
}
