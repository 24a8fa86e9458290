package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.event.StageChanged;
import stageflow.api.stage.StageRegistry;

/**
 * E-2 in a real framework with Apache Felix Event Admin: every committed stage change and add is posted once, in
 * journal order, with ids and labels; a dry run, a refused command and a note post nothing; the shipping example
 * bundle reacts to the events it filters for.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class StageEventsTest {
    @InjectBundleContext
    BundleContext context;

    @InjectService
    CommandProcessor processor;

    @InjectService
    StageRegistry registry;

    private final List<Event> received = new CopyOnWriteArrayList<>();
    private ServiceRegistration<EventHandler> handler;
    private String c;

    @BeforeEach
    void listen() throws Exception {
        c = Shell.uniqueId("events");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, StageChanged.TOPIC);
        properties.put(EventConstants.EVENT_FILTER, "(" + StageChanged.CAMPAIGN + "=" + c + ")");
        handler = context.registerService(EventHandler.class, received::add, properties);
    }

    @AfterEach
    void stop() {
        handler.unregister();
    }

    @Test
    @DisplayName("E-2 adds and moves are posted after the commit, in order, with ids, labels, cause and actor;"
            + " dry runs, refusals and notes post nothing")
    void committedChangesOnly() throws Exception {
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "influencer:add " + c + " ana ben");
        Shell.run(processor, "influencer:promote " + c + " ana --reason first");
        Shell.run(processor, "influencer:promote " + c + " ana ben --dry-run");
        assertThatThrownBy(() -> Shell.run(processor, "influencer:move " + c + " nosuchstage ben")).isNotNull();
        Shell.run(processor, "influencer:data " + c + " ben size=M");
        Shell.run(processor, "influencer:drop " + c + " ben --reason 'no reply'");
        Await.until("four stage changes", Duration.ofSeconds(10), () -> received.size() >= 4);

        assertThat(received).extracting(e -> e.getProperty(StageChanged.INFLUENCER) + ":"
                + e.getProperty(StageChanged.PREVIOUS) + "->" + e.getProperty(StageChanged.CURRENT))
                .containsExactly("ana:null->candidates", "ben:null->candidates", "ana:candidates->invited",
                        "ben:candidates->dropped");
        Event promote = received.get(2);
        assertThat(promote.getTopic()).isEqualTo(StageChanged.TOPIC);
        assertThat(promote.getProperty(StageChanged.CURRENT_LABEL)).isEqualTo("Invited");
        assertThat(promote.getProperty(StageChanged.PREVIOUS_LABEL)).isEqualTo("Candidates");
        assertThat(promote.getProperty(StageChanged.CAUSE)).isEqualTo("manual");
        assertThat(promote.getProperty(StageChanged.ACTOR)).isNotNull();
        assertThat(promote.getProperty(StageChanged.SEQ)).isEqualTo(3L);
        assertThat(promote.getProperty(StageChanged.TIME)).isInstanceOf(Long.class);
        assertThat(received.get(0).containsProperty(StageChanged.PREVIOUS)).as("an add has no previous").isFalse();
        assertThat(received).extracting(e -> e.getProperty(StageChanged.SEQ)).as("journal order")
                .isSortedAccordingTo((a, b) -> Long.compare((Long) a, (Long) b));
        // the history's seq of the drop: the data note between them took a seq and posted nothing
        assertThat(received.get(3).getProperty(StageChanged.SEQ)).isEqualTo(5L);
    }

    @Test
    @DisplayName("E-2 an extension reacts: the shipping example requests a shipment when an influencer enters"
            + " its stage")
    void shippingReacts() throws Exception {
        Bundle shipping = Examples.startShipping(context, registry);
        try {
            Shell.run(processor, "campaign:create " + c);
            Shell.run(processor, "influencer:add " + c + " ana");
            Shell.run(processor, "workflow:insert " + c + " shipping --after pre-payment");
            Shell.run(processor, "campaign:launch " + c);
            Shell.run(processor, "influencer:move " + c + " pre-payment ana");
            Shell.run(processor, "shipping:address " + c + " ana 1 Main St");
            Shell.run(processor, "influencer:promote " + c + " ana");
            Await.until("shipping.requested recorded", Duration.ofSeconds(10), () -> {
                try {
                    return Shell.run(processor, "influencer:data " + c + " ana").contains("shipping.requested");
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(Shell.run(processor, "influencer:history " + c + " ana")).contains("shipping");
        } finally {
            shipping.uninstall();
        }
    }
}
