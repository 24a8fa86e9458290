package stageflow.api.message;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.Origin;

/** A campaign's message templates and messages (command reference, scopes {@code template} and {@code message}). */
@ProviderType
public interface Messages {
    /** Deliveries of M-1. */
    String MANUAL = "manual";
    String STAGE_ENTRY = "stage-entry";
    String DATE_BASED = "date-based";
    String NEEDS_WORK = "needs-work";
    /** The longest body a template keeps, in characters: a mail, not a file transfer. */
    int LONGEST_BODY = 64 * 1024;

    /** Every template of the campaign by id: the defaults of M-2, as set if an operator changed them, and its own. */
    List<TemplateView> templates(String campaign);

    TemplateView template(String campaign, String template);

    /** Creates a template or changes one; what {@code change} leaves null stays as it was. */
    TemplateView set(String campaign, String template, TemplateChange change, Origin origin);

    /** Queues the template for each influencer now (a manual send, always possible while live: M-3). */
    List<MessageView> send(String campaign, String template, List<String> influencers, Origin origin);

    /** The template rendered for one influencer; nothing is queued. */
    RenderedMessage preview(String campaign, String template, String influencer);

    /** A campaign's messages in outbox order; only one influencer's, or one status's, when given. */
    List<MessageView> messages(String campaign, String influencer, String status);

    /**
     * Queues the date-based messages whose day has come by {@code today} (M-1), each at most once per influencer
     * (M-3), in live campaigns only. How many were queued.
     */
    int queueDateBased(LocalDate today, Origin origin);
}
