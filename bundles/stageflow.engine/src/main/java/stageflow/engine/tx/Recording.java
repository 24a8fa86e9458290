package stageflow.engine.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import stageflow.api.DraftOutcome;
import stageflow.store.spi.AccessRecord;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.DraftRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;
import stageflow.store.spi.TemplateRecord;
import stageflow.store.spi.WebhookRecord;

/**
 * A transaction that keeps the stage changes appended to the journal through it, so that they can be announced once
 * it has committed: every operation journals its stage changes (E-1), so none escapes, whichever path made it.
 * Everything else passes through unchanged.
 */
final class Recording implements StoreTransaction {
    private final StoreTransaction tx;
    private final List<Recorded> changes = new ArrayList<>();
    private final List<DraftRecord> needsWork = new ArrayList<>();
    private final List<IncentiveStatus> incentives = new ArrayList<>();

    /** An influencer's incentive whose status was set: {@code previous} null when it is new to them. */
    record IncentiveStatus(String previous, IncentiveRecord incentive) {
    }

    /** A stage change as appended, with the seq the store gave it. */
    record Recorded(String campaign, JournalRecord entry) {
    }

    Recording(StoreTransaction tx) {
        this.tx = tx;
    }

    List<Recorded> changes() {
        return changes;
    }

    /** Influencers' incentives whose status changed through this transaction, in order (I-2). */
    List<IncentiveStatus> incentives() {
        return incentives;
    }

    /** Drafts reviewed needs-work through this transaction (M-1's needs-work delivery). */
    List<DraftRecord> needsWork() {
        return needsWork;
    }

    @Override
    public JournalRecord append(String campaign, JournalRecord entry) {
        JournalRecord stored = tx.append(campaign, entry);
        // a stage change: an add (no from) or a move to another stage; notes keep the stage and are no change
        if (!campaign.equals(JournalRecord.ACCESS_JOURNAL) && stored.to() != null
                && !stored.to().equals(stored.from())) {
            changes.add(new Recorded(campaign, stored));
        }
        return stored;
    }

    @Override
    public void putCampaign(CampaignRecord campaign) {
        tx.putCampaign(campaign);
    }

    @Override
    public void deleteCampaign(String id) {
        tx.deleteCampaign(id);
    }

    @Override
    public void putParticipation(ParticipationRecord participation) {
        tx.putParticipation(participation);
    }

    @Override
    public void putDeliverable(DeliverableRecord deliverable) {
        tx.putDeliverable(deliverable);
    }

    @Override
    public void removeDeliverable(String campaign, String influencer, String id) {
        tx.removeDeliverable(campaign, influencer, id);
    }

    @Override
    public long nextDeliverableNumber(String campaign) {
        return tx.nextDeliverableNumber(campaign);
    }

    @Override
    public void putDraft(DraftRecord draft) {
        tx.putDraft(draft);
        if (DraftOutcome.NEEDS_WORK.id().equals(draft.status())) {
            needsWork.add(draft);
        }
    }

    @Override
    public void putData(String campaign, String influencer, String key, String value) {
        tx.putData(campaign, influencer, key, value);
    }

    @Override
    public void putAccess(AccessRecord access) {
        tx.putAccess(access);
    }

    @Override
    public void removeAccess(String user) {
        tx.removeAccess(user);
    }

    @Override
    public Optional<CampaignRecord> campaign(String id) {
        return tx.campaign(id);
    }

    @Override
    public List<CampaignRecord> campaigns() {
        return tx.campaigns();
    }

    @Override
    public Optional<ParticipationRecord> participation(String campaign, String influencer) {
        return tx.participation(campaign, influencer);
    }

    @Override
    public List<ParticipationRecord> participations(String campaign) {
        return tx.participations(campaign);
    }

    @Override
    public List<String> influencersIn(String campaign, String stage) {
        return tx.influencersIn(campaign, stage);
    }

    @Override
    public long count(String campaign, String stage) {
        return tx.count(campaign, stage);
    }

    @Override
    public long entered(String campaign, String stage) {
        return tx.entered(campaign, stage);
    }

    @Override
    public long members(String campaign) {
        return tx.members(campaign);
    }

    @Override
    public List<DeliverableRecord> deliverables(String campaign, String influencer) {
        return tx.deliverables(campaign, influencer);
    }

    @Override
    public List<DraftRecord> drafts(String campaign, String influencer) {
        return tx.drafts(campaign, influencer);
    }

    @Override
    public Map<String, String> data(String campaign, String influencer) {
        return tx.data(campaign, influencer);
    }

    @Override
    public List<JournalRecord> journal(String campaign, String influencer) {
        return tx.journal(campaign, influencer);
    }

    @Override
    public List<AccessRecord> accessRecords() {
        return tx.accessRecords();
    }

    @Override
    public Optional<AccessRecord> accessRecord(String user) {
        return tx.accessRecord(user);
    }

    @Override
    public List<WebhookRecord> webhooks() {
        return tx.webhooks();
    }

    @Override
    public Optional<WebhookRecord> webhook(String id) {
        return tx.webhook(id);
    }

    @Override
    public List<DeliveryRecord> deliveries(String endpoint, long from, int max) {
        return tx.deliveries(endpoint, from, max);
    }

    @Override
    public List<DeliveryRecord> pendingDeliveries(String endpoint, int max) {
        return tx.pendingDeliveries(endpoint, max);
    }

    @Override
    public long pendingCount(String endpoint) {
        return tx.pendingCount(endpoint);
    }

    @Override
    public Optional<DeliveryRecord> delivery(String id) {
        return tx.delivery(id);
    }

    @Override
    public void putWebhook(WebhookRecord webhook) {
        tx.putWebhook(webhook);
    }

    @Override
    public void removeWebhook(String id) {
        tx.removeWebhook(id);
    }

    @Override
    public DeliveryRecord putDelivery(DeliveryRecord delivery) {
        return tx.putDelivery(delivery);
    }

    @Override
    public List<TemplateRecord> templates(String campaign) {
        return tx.templates(campaign);
    }

    @Override
    public List<MessageRecord> messages(String campaign, String influencer) {
        return tx.messages(campaign, influencer);
    }

    @Override
    public Optional<MessageRecord> message(String campaign, long number) {
        return tx.message(campaign, number);
    }

    @Override
    public List<MessageRecord> queuedMessages(String campaign, int max) {
        return tx.queuedMessages(campaign, max);
    }

    @Override
    public boolean triggered(String campaign, String influencer, String template) {
        return tx.triggered(campaign, influencer, template);
    }

    @Override
    public void putTemplate(TemplateRecord template) {
        tx.putTemplate(template);
    }

    @Override
    public MessageRecord putMessage(MessageRecord message) {
        return tx.putMessage(message);
    }

    @Override
    public List<IncentiveRecord> incentives(String campaign, String influencer) {
        return tx.incentives(campaign, influencer);
    }

    @Override
    public void putIncentive(IncentiveRecord incentive) {
        String previous = incentive.influencer() == null ? null : tx.incentives(incentive.campaign(),
                incentive.influencer()).stream().filter(i -> i.id().equals(incentive.id())).map(IncentiveRecord::status)
                .findFirst().orElse(null);
        tx.putIncentive(incentive);
        // the campaign-level list is a template, not anybody's incentive: its copies are told, not it
        if (incentive.influencer() != null && !incentive.status().equals(previous)) {
            incentives.add(new IncentiveStatus(previous, incentive));
        }
    }

    @Override
    public long nextIncentiveNumber(String campaign) {
        return tx.nextIncentiveNumber(campaign);
    }
}
