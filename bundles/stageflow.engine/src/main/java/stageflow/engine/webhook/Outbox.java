package stageflow.engine.webhook;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import stageflow.api.webhook.Webhooks;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;
import stageflow.store.spi.WebhookRecord;

/**
 * W-1: the deliveries of a transaction's stage changes, written in that same transaction, so a committed change is
 * never without them and a rolled-back one never has any. The body is fixed now, as the change committed.
 */
public final class Outbox {
    private Outbox() {
    }

    /** What {@link #enqueue} needs to know of a stage change. */
    public record Change(String campaign, JournalRecord entry) {
    }

    /** Queues a delivery of each change for every endpoint that takes stage changes; nothing when there is none. */
    public static void enqueue(StoreTransaction tx, List<Change> changes, long now,
            java.util.function.Function<CampaignRecord, CampaignWorkflow> workflows) {
        if (changes.isEmpty()) {
            return;
        }
        List<WebhookRecord> endpoints = tx.webhooks().stream().filter(w -> takes(w, Webhooks.STAGE_CHANGED)).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Map<String, CampaignRecord> campaigns = new HashMap<>();
        Map<String, CampaignWorkflow> resolved = new HashMap<>();
        for (Change change : changes) {
            CampaignRecord campaign = campaigns.computeIfAbsent(change.campaign(), id -> tx.campaign(id).orElse(null));
            if (campaign == null) {
                continue; // deleted in this transaction: nobody is told about a campaign that is gone
            }
            CampaignWorkflow workflow = resolved.computeIfAbsent(campaign.id(), id -> workflows.apply(campaign));
            ParticipationRecord p = tx.participation(campaign.id(), change.entry().influencer()).orElse(null);
            String body = body(campaign, p, change.entry(), workflow, now);
            for (WebhookRecord endpoint : endpoints) {
                tx.putDelivery(new DeliveryRecord(UUID.randomUUID().toString(), endpoint.id(), 0,
                        Webhooks.STAGE_CHANGED, campaign.id(), change.entry().seq(), body, DeliveryRecord.PENDING, 0,
                        0, now, now));
            }
        }
    }

    /** An influencer's incentive whose status was set in the transaction: {@code previous} null when new to them. */
    public record IncentiveStatus(String previous, IncentiveRecord incentive) {
    }

    /**
     * Queues a delivery of each incentive status change for every endpoint that takes them, like the stage changes
     * (W-1). They report no journal entry (seq 0): {@code webhook:replay --delivery} sends one again.
     */
    public static void enqueueIncentives(StoreTransaction tx, List<IncentiveStatus> changes, String actor, long now) {
        if (changes.isEmpty()) {
            return;
        }
        List<WebhookRecord> endpoints = tx.webhooks().stream().filter(w -> takes(w, Webhooks.INCENTIVE_CHANGED))
                .toList();
        Map<String, CampaignRecord> campaigns = new HashMap<>();
        for (IncentiveStatus change : endpoints.isEmpty() ? List.<IncentiveStatus>of() : changes) {
            IncentiveRecord i = change.incentive();
            CampaignRecord campaign = campaigns.computeIfAbsent(i.campaign(), id -> tx.campaign(id).orElse(null));
            if (campaign == null) {
                continue;
            }
            ParticipationRecord p = tx.participation(i.campaign(), i.influencer()).orElse(null);
            String body = IncentiveBody.of(campaign, p, change.previous(), i, actor, now);
            for (WebhookRecord endpoint : endpoints) {
                tx.putDelivery(new DeliveryRecord(UUID.randomUUID().toString(), endpoint.id(), 0,
                        Webhooks.INCENTIVE_CHANGED, campaign.id(), 0, body, DeliveryRecord.PENDING, 0, 0, now, now));
            }
        }
    }

    static boolean takes(WebhookRecord endpoint, String type) {
        return endpoint.events().isEmpty() || endpoint.events().contains(type);
    }

    /** The body of the command reference: the market leader's payload, with seq, cause and actor. */
    static String body(CampaignRecord campaign, ParticipationRecord p, JournalRecord entry, CampaignWorkflow workflow,
            long now) {
        JsonObject data = new JsonObject();
        data.addProperty("seq", entry.seq());
        JsonObject c = new JsonObject();
        c.addProperty("id", campaign.id());
        c.addProperty("name", campaign.name());
        data.add("campaign", c);
        JsonObject influencer = new JsonObject();
        influencer.addProperty("id", entry.influencer());
        influencer.addProperty("name", p == null ? null : p.name());
        influencer.addProperty("email", p == null ? null : p.email());
        data.add("influencer", influencer);
        data.add("current", stage(workflow, entry.to()));
        data.add("previous", entry.from() == null ? JsonNull.INSTANCE : stage(workflow, entry.from()));
        data.addProperty("cause", entry.cause());
        data.addProperty("actor", entry.actor());
        return envelope(Webhooks.STAGE_CHANGED, data, now);
    }

    static String envelope(String type, JsonObject data, long now) {
        JsonObject body = new JsonObject();
        body.addProperty("type", type);
        body.addProperty("timestamp", Instant.ofEpochMilli(now).toString());
        body.add("data", data);
        return body.toString();
    }

    private static JsonObject stage(CampaignWorkflow workflow, String id) {
        JsonObject stage = new JsonObject();
        stage.addProperty("label", workflow.labelOf(id));
        stage.addProperty("slug", id);
        return stage;
    }
}
