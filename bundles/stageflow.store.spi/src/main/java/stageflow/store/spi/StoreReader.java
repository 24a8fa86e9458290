package stageflow.store.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Consistent reads of the store; valid only inside the {@link WorkflowStore} call that handed it out. */
@ProviderType
public interface StoreReader {

    Optional<CampaignRecord> campaign(String id);

    /** Every campaign, ordered by id. */
    List<CampaignRecord> campaigns();

    Optional<ParticipationRecord> participation(String campaign, String influencer);

    /** Every influencer of a campaign, ordered by influencer id. */
    List<ParticipationRecord> participations(String campaign);

    /** Ids of the influencers now in a stage, ordered; read from an index, not by scanning the campaign. */
    List<String> influencersIn(String campaign, String stage);

    /** Influencers now in a stage; a kept counter, never a scan. */
    long count(String campaign, String stage);

    /** How many times influencers have entered a stage, ever (workflow-spec C-7). */
    long entered(String campaign, String stage);

    /** Influencers of a campaign. */
    long members(String campaign);

    /** Deliverables of one influencer, or the campaign-level list when {@code influencer} is null; ordered by id. */
    List<DeliverableRecord> deliverables(String campaign, String influencer);

    /** Every draft version of an influencer, ordered by deliverable, then version. */
    List<DraftRecord> drafts(String campaign, String influencer);

    /** Data recorded for an influencer, key to value, ordered by key; empty when none. */
    Map<String, String> data(String campaign, String influencer);

    /** The campaign's journal in order, or only one influencer's entries when {@code influencer} is not null. */
    List<JournalRecord> journal(String campaign, String influencer);

    /** Every user with access to the remote console, by user name. */
    List<AccessRecord> accessRecords();

    /** One user's access, if any. */
    Optional<AccessRecord> accessRecord(String user);

    /** Every webhook endpoint, by id. */
    List<WebhookRecord> webhooks();

    /** One webhook endpoint, if any. */
    Optional<WebhookRecord> webhook(String id);

    /** An endpoint's deliveries in outbox order, numbers {@code from} on, at most {@code max}. */
    List<DeliveryRecord> deliveries(String endpoint, long from, int max);

    /** An endpoint's pending deliveries in outbox order, at most {@code max}; from an index, not a scan. */
    List<DeliveryRecord> pendingDeliveries(String endpoint, int max);

    /** How many deliveries of an endpoint are pending; counted from the index, no record read. */
    long pendingCount(String endpoint);

    /** One delivery by its id, if any. */
    Optional<DeliveryRecord> delivery(String id);

    /** The templates operators set for a campaign, by id (the defaults of M-2 are not stored). */
    List<TemplateRecord> templates(String campaign);

    /** A campaign's messages in outbox order, or one influencer's when {@code influencer} is not null. */
    List<MessageRecord> messages(String campaign, String influencer);

    /** One message of a campaign by its number, if any. */
    Optional<MessageRecord> message(String campaign, long number);

    /** A campaign's queued messages, oldest first, at most {@code max}; from an index, not a scan. */
    List<MessageRecord> queuedMessages(String campaign, int max);

    /** Whether an automatic message of this template was ever queued for the influencer (M-3). */
    boolean triggered(String campaign, String influencer, String template);

    /**
     * Incentives of one influencer, or the campaign-level list when {@code influencer} is null; ordered by id as
     * text (i10 before i2), like deliverables.
     */
    List<IncentiveRecord> incentives(String campaign, String influencer);
}
