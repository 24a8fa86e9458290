package stageflow.shell.format;

import com.google.gson.JsonObject;

import stageflow.api.incentive.BudgetLine;
import stageflow.api.incentive.IncentiveView;

/** Incentives as {@code --json} prints them (docs/commands.md, scope incentive and campaign:budget). */
final class IncentiveJson {
    private IncentiveJson() {
    }

    static JsonObject incentive(IncentiveView i) {
        JsonObject o = new JsonObject();
        o.addProperty("id", i.id());
        o.addProperty("influencer", i.influencer());
        o.addProperty("kind", i.kind());
        o.addProperty("amount", i.amount()); // a string: a JSON number would invite floating point
        o.addProperty("currency", i.currency());
        o.addProperty("stage", i.stage());
        o.addProperty("integrated", i.integrated());
        o.addProperty("status", i.status());
        o.addProperty("reference", i.reference());
        o.addProperty("description", i.description());
        o.addProperty("scope", i.scope());
        return o;
    }

    static JsonObject budgetLine(BudgetLine l) {
        JsonObject o = new JsonObject();
        o.addProperty("currency", l.currency());
        o.addProperty("status", l.status());
        o.addProperty("total", l.total());
        o.addProperty("count", l.count());
        return o;
    }
}
