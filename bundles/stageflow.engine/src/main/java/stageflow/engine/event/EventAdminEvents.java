package stageflow.engine.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import stageflow.api.event.IncentiveChanged;
import stageflow.api.event.StageChanged;
import stageflow.engine.tx.StageChangeEvents;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.JournalRecord;

/**
 * Stage changes and incentive status changes posted on Event Admin (workflow-spec E-2), when one is there: asynchronously, in journal order, so
 * a slow handler never holds a command. The engine components that change stages bind Event Admin themselves
 * (their bindEventAdmin), so the engine keeps offering API services only. Equal for the same Event Admin.
 */
public final class EventAdminEvents implements StageChangeEvents {
    private final EventAdmin eventAdmin;

    public EventAdminEvents(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public boolean listening() {
        return true;
    }

    @Override
    public void committed(List<Announced> changes) {
        for (Announced change : changes) {
            eventAdmin.postEvent(new Event(StageChanged.TOPIC, properties(change)));
        }
    }

    @Override
    public void committedIncentives(List<IncentiveAnnounced> changes) {
        for (IncentiveAnnounced change : changes) {
            eventAdmin.postEvent(new Event(IncentiveChanged.TOPIC, properties(change)));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventAdminEvents events && events.eventAdmin == eventAdmin;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(eventAdmin);
    }

    static Map<String, Object> properties(Announced change) {
        JournalRecord entry = change.entry();
        Map<String, Object> properties = new HashMap<>();
        properties.put(StageChanged.CAMPAIGN, change.campaign());
        properties.put(StageChanged.INFLUENCER, entry.influencer());
        properties.put(StageChanged.CURRENT, entry.to());
        properties.put(StageChanged.CURRENT_LABEL, change.currentLabel());
        if (entry.from() != null) {
            properties.put(StageChanged.PREVIOUS, entry.from());
            properties.put(StageChanged.PREVIOUS_LABEL, change.previousLabel());
        }
        properties.put(StageChanged.CAUSE, entry.cause());
        if (entry.actor() != null) {
            properties.put(StageChanged.ACTOR, entry.actor());
        }
        properties.put(StageChanged.SEQ, entry.seq());
        properties.put(StageChanged.TIME, entry.time());
        return properties;
    }

    static Map<String, Object> properties(IncentiveAnnounced change) {
        IncentiveRecord i = change.incentive();
        Map<String, Object> properties = new HashMap<>();
        properties.put(IncentiveChanged.CAMPAIGN, i.campaign());
        properties.put(IncentiveChanged.INFLUENCER, i.influencer());
        properties.put(IncentiveChanged.INCENTIVE, i.id());
        properties.put(IncentiveChanged.KIND, i.kind());
        properties.put(IncentiveChanged.CURRENT, i.status());
        if (change.previous() != null) {
            properties.put(IncentiveChanged.PREVIOUS, change.previous());
        }
        if (i.reference() != null) {
            properties.put(IncentiveChanged.REFERENCE, i.reference());
        }
        if (change.actor() != null) {
            properties.put(IncentiveChanged.ACTOR, change.actor());
        }
        properties.put(IncentiveChanged.TIME, change.time());
        return properties;
    }
}
