package stageflow.engine.message;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import stageflow.api.message.Messages;
import stageflow.api.message.TemplateView;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DraftRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/**
 * M-1, M-3: the automatic messages of a transaction's stage entries and needs-work reviews, queued in that same
 * transaction, so a committed move always has its message and a rolled-back one never does. Each automatic template
 * goes to an influencer at most once, however often they re-enter the stage; nothing is queued while the campaign
 * is not live.
 */
public final class MessageTriggers {
    private final StoreTransaction tx;
    private final Function<CampaignRecord, CampaignWorkflow> workflows;
    private final long now;
    private final Map<String, Optional<Campaign>> campaigns = new HashMap<>();

    private record Campaign(CampaignRecord record, CampaignWorkflow workflow, TemplateBook book) {
    }

    public MessageTriggers(StoreTransaction tx, Function<CampaignRecord, CampaignWorkflow> workflows, long now) {
        this.tx = tx;
        this.workflows = workflows;
        this.now = now;
    }

    /** A stage change recorded in the transaction: an add, or a move into {@code stage}. */
    public record Entry(String campaign, String influencer, String stage) {
    }

    public void queue(List<Entry> entries, List<DraftRecord> needsWork) {
        for (Entry entry : entries) {
            fire(entry.campaign(), entry.influencer(), Messages.STAGE_ENTRY, entry.stage());
        }
        for (DraftRecord draft : needsWork) {
            fire(draft.campaign(), draft.influencer(), Messages.NEEDS_WORK, null);
        }
    }

    private void fire(String campaignId, String influencer, String delivery, String stage) {
        Campaign campaign = campaign(campaignId).orElse(null);
        if (campaign == null) {
            return;
        }
        List<TemplateView> templates = campaign.book().automatic(delivery, stage, campaign.workflow());
        if (templates.isEmpty()) {
            return;
        }
        ParticipationRecord p = tx.participation(campaignId, influencer).orElse(null);
        if (p == null) {
            return;
        }
        for (TemplateView template : templates) {
            if (!tx.triggered(campaignId, influencer, template.id())) {
                MessageQueue.queue(tx, campaign.record(), campaign.workflow(), p, template, delivery, null, now);
            }
        }
    }

    /** The campaign with its templates, read once per transaction; empty when gone or not live. */
    private Optional<Campaign> campaign(String id) {
        return campaigns.computeIfAbsent(id, key -> tx.campaign(key)
                .filter(Transactions::live)
                .map(c -> new Campaign(c, workflows.apply(c), new TemplateBook(tx.templates(key)))));
    }
}
