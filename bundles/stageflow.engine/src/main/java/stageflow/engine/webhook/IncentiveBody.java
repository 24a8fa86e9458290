package stageflow.engine.webhook;

import com.google.gson.JsonObject;

import stageflow.api.webhook.Webhooks;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.ParticipationRecord;

/** The body of an {@code incentive.changed} delivery: the incentive as it became, and its status before. */
final class IncentiveBody {
    private IncentiveBody() {
    }

    static String of(CampaignRecord campaign, ParticipationRecord p, String previous, IncentiveRecord i,
            String actor, long now) {
        JsonObject data = new JsonObject();
        JsonObject c = new JsonObject();
        c.addProperty("id", campaign.id());
        c.addProperty("name", campaign.name());
        data.add("campaign", c);
        JsonObject influencer = new JsonObject();
        influencer.addProperty("id", i.influencer());
        influencer.addProperty("name", p == null ? null : p.name());
        influencer.addProperty("email", p == null ? null : p.email());
        data.add("influencer", influencer);
        JsonObject incentive = new JsonObject();
        incentive.addProperty("id", i.id());
        incentive.addProperty("kind", i.kind());
        incentive.addProperty("amount", i.amount());
        incentive.addProperty("currency", i.currency());
        incentive.addProperty("stage", i.stage());
        incentive.addProperty("integrated", i.integrated());
        data.add("incentive", incentive);
        data.addProperty("previous", previous);
        data.addProperty("current", i.status());
        data.addProperty("reference", i.reference());
        data.addProperty("actor", actor);
        return Outbox.envelope(Webhooks.INCENTIVE_CHANGED, data, now);
    }
}
