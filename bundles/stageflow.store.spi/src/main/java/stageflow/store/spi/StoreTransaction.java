package stageflow.store.spi;

import org.osgi.annotation.versioning.ProviderType;

/** Reads and writes inside one transaction; everything written commits together or not at all. */
@ProviderType
public interface StoreTransaction extends StoreReader {

    void putCampaign(CampaignRecord campaign);

    /** Removes the campaign with its influencers, journal and counters. */
    void deleteCampaign(String id);

    /**
     * Stores a participation; the store keeps the per-stage counters, the entered counters and the stage index in
     * step with the stage it had before.
     */
    void putParticipation(ParticipationRecord participation);

    /** Stores a deliverable under its owner (an influencer, or the campaign-level list). */
    void putDeliverable(DeliverableRecord deliverable);

    void removeDeliverable(String campaign, String influencer, String id);

    /** The next deliverable number of a campaign, from 1; ids built from it are unique in the campaign (D-1). */
    long nextDeliverableNumber(String campaign);

    /** Stores a draft version (a new one, or its review). */
    void putDraft(DraftRecord draft);

    /** Sets one data value of an influencer; {@code null} removes it. */
    void putData(String campaign, String influencer, String key, String value);

    /** Appends to the campaign's journal; the given {@code seq} is ignored, the stored entry with its seq returned. */
    JournalRecord append(String campaign, JournalRecord entry);

    /** Stores one user's access, replacing what was stored for that user. */
    void putAccess(AccessRecord access);

    /** Removes one user's access; nothing happens when there is none. */
    void removeAccess(String user);

    /** Stores a webhook endpoint, replacing what was stored under its id. */
    void putWebhook(WebhookRecord webhook);

    /** Removes an endpoint with its whole outbox; nothing happens when there is none. */
    void removeWebhook(String id);

    /**
     * Stores a delivery: at the end of its endpoint's outbox when its number is 0 (the stored record, numbered, is
     * returned), else in its place; the store keeps the endpoint's pending index in step with its status.
     */
    DeliveryRecord putDelivery(DeliveryRecord delivery);

    /** Stores a campaign's template, replacing what was stored under its id. */
    void putTemplate(TemplateRecord template);

    /**
     * Stores a message: at the end of its campaign's outbox when its number is 0 (the stored record, numbered, is
     * returned), else in its place; the store keeps the queued index in step with its status, and remembers an
     * automatic message's (campaign, influencer, template) for {@link #triggered}.
     */
    MessageRecord putMessage(MessageRecord message);

    /** Stores an incentive under its owner (an influencer, or the campaign-level list). */
    void putIncentive(IncentiveRecord incentive);

    /** The next incentive number of a campaign, from 1; ids built from it are unique in the campaign. */
    long nextIncentiveNumber(String campaign);
}
