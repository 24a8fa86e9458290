package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageRegistry;

/**
 * C-9 hooks in a real framework: the shipping example bundle installed at run time (entry check, automatic exit,
 * its own commands), and stage services whose hooks throw or hang.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class ShippingExampleTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    StageRegistry registry;

    @InjectService
    CommandProcessor processor;

    @InjectService
    ConfigurationAdmin configurationAdmin;

    private final CountDownLatch release = new CountDownLatch(1);
    private Bundle shipping;
    private String c;

    @BeforeEach
    void installShipping() throws Exception {
        shipping = Examples.startShipping(context, registry);
        c = Shell.uniqueId("ship");
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "influencer:add " + c + " ana ben");
    }

    @AfterEach
    void uninstall() throws Exception {
        release.countDown();
        shipping.uninstall();
    }

    @Test
    @DisplayName("C-9 shipping: entry needs an address, the tracking number moves the influencer on (auto:shipping)")
    void shippingMovesInfluencersOn() throws Exception {
        assertThat(Shell.run(processor, "stage:info shipping")).contains("entry check", "yes", "automatic");
        Shell.run(processor, "workflow:insert " + c + " shipping --after pre-payment");
        Shell.run(processor, "campaign:launch " + c);
        Shell.run(processor, "influencer:move " + c + " pre-payment ana ben");

        assertThatThrownBy(() -> Shell.run(processor, "influencer:promote " + c + " ana"))
                .hasMessage("refused (C-9): ana: 'ana' cannot enter shipping: no shipping address is recorded;"
                        + " record one with shipping:address " + c + " ana <address>");
        assertThat(Shell.run(processor, "shipping:address " + c + " ana 1 Main Street, Springfield"))
                .contains("ana: shipping.address recorded");
        assertThat(Shell.run(processor, "influencer:promote " + c + " ana")).contains("ana: pre-payment -> shipping");

        assertThat(Shell.run(processor, "shipping:tracking " + c + " ana 1Z999AA1"))
                .contains("ana: shipping.tracking recorded", "ana: shipping -> draft (auto:shipping)");
        assertThat(Shell.run(processor, "influencer:show " + c + " ana"))
                .contains("draft (Draft)", "1 Main Street, Springfield", "1Z999AA1");
        assertThat(Shell.run(processor, "influencer:history " + c + " ana --json"))
                .contains("\"cause\":\"auto:shipping\"");
        assertThat(Shell.run(processor, "influencer:data " + c + " ben \"shipping.address=3 Hill Road\""))
                .isEqualTo("ben: data recorded (shipping.address)");
        assertThat(Shell.run(processor, "influencer:data " + c + " ben --json"))
                .isEqualTo("{\"shipping.address\":\"3 Hill Road\"}");
        assertThatThrownBy(() -> Shell.run(processor, "influencer:data " + c + " ben address"))
                .hasMessageStartingWith("error: 'address' is not key=value");
        assertThatThrownBy(() -> Shell.run(processor, "shipping:tracking " + c + " nobody 1Z"))
                .hasMessageStartingWith("error: 'nobody' is not in campaign");
    }

    @Test
    @DisplayName("C-9 hooks that throw or hang count as no after the configured limit; the engine keeps working")
    void failingHooks() throws Exception {
        Configuration config = configurationAdmin.getConfiguration("stageflow.registry", "?");
        config.update(new Hashtable<>(java.util.Map.of("hook.timeout.ms", 300L)));
        ServiceRegistration<StageDefinition> hanging = register("vetting", new StageDefinition() {
            @Override
            public Optional<String> refuseEntry(InfluencerView influencer) {
                while (release.getCount() > 0) {
                    try {
                        release.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException deaf) {
                        // a careless extension: keeps hanging
                    }
                }
                return Optional.empty();
            }
        });
        ServiceRegistration<StageDefinition> throwing = register("legal", new StageDefinition() {
            @Override
            public boolean exitReached(InfluencerView influencer) {
                throw new IllegalStateException("legal system unreachable");
            }
        });
        try {
            Shell.run(processor, "workflow:insert " + c + " vetting --after candidates");
            Shell.run(processor, "workflow:insert " + c + " legal --after applied");
            Shell.run(processor, "campaign:launch " + c);

            Await.until("the 300 ms limit in force", Duration.ofSeconds(5), () -> {
                try {
                    Shell.run(processor, "influencer:promote " + c + " ana");
                    return false;
                } catch (Exception refused) {
                    return refused.getMessage().contains("no answer within 300 ms")
                            || refused.getMessage().contains("still running past the 300 ms limit");
                }
            });
            assertThat(Shell.run(processor, "campaign:show " + c)).as("the engine answers").contains("vetting");

            Shell.run(processor, "influencer:move " + c + " legal ben");
            assertThat(Shell.run(processor, "shipping:address " + c + " ben 2 Side Street"))
                    .as("data recorded; the throwing exit condition counts as no").doesNotContain("->");
            assertThat(Shell.run(processor, "influencer:show " + c + " ben")).contains("legal");
            assertThat(Shell.run(processor, "influencer:move " + c + " candidates ben"))
                    .contains("ben: legal -> candidates");
        } finally {
            hanging.unregister();
            throwing.unregister();
            config.delete();
        }
    }

    private ServiceRegistration<StageDefinition> register(String id, StageDefinition definition) throws Exception {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("stage.id", id);
        properties.put("stage.label", id);
        ServiceRegistration<StageDefinition> registration = context.registerService(StageDefinition.class, definition,
                properties);
        Await.until(id + " registered", Duration.ofSeconds(5), () -> registry.stage(id).isPresent());
        return registration;
    }
}
