package stageflow.example.shipping;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import stageflow.api.Influencers;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.event.StageChanged;

/**
 * Reacts to Stageflow's events (docs/extending.md, "Events"): when an influencer enters the Shipping stage, the
 * shipment is requested, recorded as {@code shipping.requested} with the time of the move, where a warehouse
 * integration would call its own system. The filter keeps every other stage change from reaching this handler.
 */
@Component(property = {
        EventConstants.EVENT_TOPIC + "=" + StageChanged.TOPIC,
        EventConstants.EVENT_FILTER + "=(" + StageChanged.CURRENT + "=shipping)" })
public class ShippingRequests implements EventHandler {
    public static final String REQUESTED = "shipping.requested";

    private final Influencers influencers;
    /** Event Admin deny-lists a handler that keeps its thread too long: the work goes to a thread of our own. */
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> new Thread(r, "shipping-requests"));

    @Activate
    public ShippingRequests(@Reference Influencers influencers) {
        this.influencers = influencers;
    }

    @Deactivate
    void deactivate() {
        work.shutdownNow();
    }

    @Override
    public void handleEvent(Event event) {
        String campaign = (String) event.getProperty(StageChanged.CAMPAIGN);
        String influencer = (String) event.getProperty(StageChanged.INFLUENCER);
        String when = Instant.ofEpochMilli((Long) event.getProperty(StageChanged.TIME)).toString();
        work.execute(() -> {
            try {
                // after the commit the event reports: a change made here is a change of its own
                influencers.recordData(campaign, influencer, Map.of(REQUESTED, when), Origin.operator("shipping"));
            } catch (WorkflowException e) {
                // the influencer moved on or the campaign closed since: nothing to ship any more
            }
        });
    }
}
