package stageflow.shell.format;

import static stageflow.shell.format.JsonFormat.GSON;
import static stageflow.shell.format.JsonFormat.array;

import java.time.Instant;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import stageflow.api.dto.BulkResult;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.shell.result.Results.DeliverableEdited;
import stageflow.shell.result.Results.History;
import stageflow.shell.result.Results.InfluencerList;

/** The JSON of what commands about influencers, their deliverables and drafts answer. */
final class InfluencerJson {
    private InfluencerJson() {
    }

    /**
     * {@code {"changed": N, "failed": [{"influencer", "reason", "rule"}], "dryRun", "changes": [...]}}; a reason is
     * the words only (the console's {@code refused (rule): } prefix is for people), the rule null for bad input.
     */
    static JsonObject bulk(BulkResult result) {
        JsonObject o = new JsonObject();
        o.addProperty("changed", result.changed().size());
        o.add("failed", array(result.failed(), f -> {
            JsonObject item = new JsonObject();
            item.addProperty("influencer", f.influencer());
            item.addProperty("reason", f.reason());
            item.addProperty("rule", f.rule());
            return item;
        }));
        o.addProperty("dryRun", result.dryRun());
        o.add("changes", changes(result.changed()));
        return o;
    }

    static JsonArray influencers(InfluencerList list) {
        return array(list.influencers(), p -> {
            JsonObject o = new JsonObject();
            o.addProperty("influencer", p.influencer());
            o.addProperty("stage", p.stage());
            o.addProperty("phase", p.phase().id());
            o.addProperty("name", p.name());
            return o;
        });
    }

    /** Without incentives: influencer:show adds them ({@code InfluencerShown}). */
    static JsonObject influencer(InfluencerDetail detail) {
        ParticipationView p = detail.participation();
        JsonObject o = new JsonObject();
        o.addProperty("campaign", p.campaign());
        o.addProperty("influencer", p.influencer());
        o.addProperty("stage", p.stage());
        o.addProperty("phase", p.phase().id());
        o.addProperty("name", p.name());
        o.addProperty("email", p.email());
        o.addProperty("since", Instant.ofEpochMilli(p.since()).toString());
        o.add("data", GSON.toJsonTree(detail.data()));
        o.add("deliverables", array(detail.deliverables(), InfluencerJson::deliverable));
        o.add("drafts", array(detail.drafts(), InfluencerJson::draft));
        return o;
    }

    static JsonObject dataChange(DataChange c) {
        JsonObject o = new JsonObject();
        o.addProperty("influencer", c.influencer());
        o.addProperty("stage", c.stage());
        o.add("data", GSON.toJsonTree(c.data()));
        o.add("moved", changes(c.moved()));
        o.addProperty("stayed", c.stayed());
        JsonFormat.changed(o, 1, c.dryRun()); // one influencer's data
        return o;
    }

    static JsonArray history(History history) {
        return array(history.entries(), e -> {
            JsonObject o = new JsonObject();
            o.addProperty("seq", e.seq());
            o.addProperty("time", Instant.ofEpochMilli(e.time()).toString());
            o.addProperty("influencer", e.influencer());
            o.addProperty("from", e.from());
            o.addProperty("to", e.to());
            o.addProperty("cause", e.cause());
            o.addProperty("actor", e.actor());
            o.addProperty("reason", e.reason());
            o.addProperty("detail", e.detail());
            return o;
        });
    }

    static JsonObject deliverableEdited(DeliverableEdited edited) {
        DeliverableChange c = edited.change();
        JsonObject o = new JsonObject();
        o.addProperty("deliverable", c.deliverable());
        o.addProperty("changed", c.updated());
        o.addProperty("locked", c.locked());
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", c.dryRun());
        return o;
    }

    static JsonObject deliverable(DeliverableView d) {
        JsonObject o = new JsonObject();
        o.addProperty("id", d.id());
        o.addProperty("kind", d.kind());
        o.addProperty("contentType", d.contentType());
        o.addProperty("count", d.count());
        o.addProperty("due", d.due());
        o.addProperty("scope", d.scope());
        o.addProperty("influencer", d.influencer());
        o.addProperty("locked", d.locked());
        o.addProperty("complete", d.complete());
        o.addProperty("url", d.url());
        o.addProperty("description", d.description());
        return o;
    }

    static JsonObject completion(DeliverableCompletion c) {
        JsonObject o = new JsonObject();
        o.addProperty("deliverable", c.deliverable());
        o.addProperty("influencer", c.influencer());
        o.addProperty("complete", true);
        o.addProperty("postUrl", c.postUrl());
        moves(o, c.moved(), c.dryRun());
        return o;
    }

    static JsonObject draft(DraftResult r) {
        JsonObject o = draft(r.draft());
        o.addProperty("influencer", r.influencer());
        moves(o, r.moved(), r.dryRun());
        return o;
    }

    private static JsonObject draft(DraftView d) {
        JsonObject o = new JsonObject();
        o.addProperty("deliverable", d.deliverable());
        o.addProperty("version", d.version());
        o.addProperty("status", d.status());
        o.addProperty("url", d.url());
        o.addProperty("comment", d.comment());
        return o;
    }

    /** The fields of every mutating command's answer, for one automatic move or none. */
    private static void moves(JsonObject o, StageChange moved, boolean dryRun) {
        o.addProperty("changed", moved == null ? 0 : 1);
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", dryRun);
        o.add("changes", changes(moved == null ? List.of() : List.of(moved)));
    }

    private static JsonArray changes(List<StageChange> changes) {
        return array(changes, c -> {
            JsonObject o = new JsonObject();
            o.addProperty("influencer", c.influencer());
            o.addProperty("from", c.from());
            o.addProperty("to", c.to());
            o.addProperty("cause", c.cause());
            return (JsonElement) o;
        });
    }
}
