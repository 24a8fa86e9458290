package stageflow.api.message;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** The message outbox for a sending bundle: what is due, and what became of each attempt. */
@ProviderType
public interface MessageOutbox {

    /** Queued messages of live campaigns whose next attempt is due at {@code now}, at most {@code max}. */
    List<Outgoing> due(long now, int max);

    /**
     * Records an attempt: sent when {@code error} is null; else failed for good when {@code permanent} (the server
     * refused the address, say), or queued for a later attempt.
     */
    MessageView report(String campaign, String id, String error, boolean permanent, long now);

    /** A message to carry, rendered. */
    record Outgoing(String campaign, String id, RenderedMessage message) {
    }
}
