package stageflow.shell.format;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import stageflow.api.dto.DataChange;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageRow;
import stageflow.api.stage.StageInfo;

/**
 * The {@code --json} shapes of commands.md. They are a contract: fields may be added, never renamed. Built field by
 * field rather than by reflection so a renamed Java field can never rename a JSON field.
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private Json() {
    }

    public static String campaigns(List<CampaignSummary> campaigns) {
        return array(campaigns, Json::campaign);
    }

    public static String campaignSummary(CampaignSummary c) {
        return GSON.toJson(campaign(c));
    }

    private static JsonObject campaign(CampaignSummary c) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("name", c.name());
        o.addProperty("status", c.status().id());
        o.addProperty("influencers", c.influencers());
        return o;
    }

    public static String board(Board board) {
        JsonObject o = new JsonObject();
        o.addProperty("id", board.id());
        o.addProperty("name", board.name());
        o.addProperty("status", board.status().id());
        JsonArray stages = new JsonArray();
        for (StageRow s : board.stages()) {
            JsonObject stage = new JsonObject();
            stage.addProperty("id", s.id());
            stage.addProperty("label", s.label());
            stage.addProperty("phase", s.phase().id());
            stage.addProperty("enabled", s.enabled());
            stage.addProperty("required", s.required());
            stage.addProperty("linkedWith", s.linkedWith());
            stage.addProperty("custom", s.custom());
            stage.addProperty("available", s.available());
            stage.addProperty("count", s.count());
            stages.add(stage);
        }
        o.add("stages", stages);
        return GSON.toJson(o);
    }

    public static String stages(List<StageInfo> stages) {
        return array(stages, s -> {
            JsonObject o = new JsonObject();
            o.addProperty("id", s.id());
            o.addProperty("label", s.label());
            o.addProperty("custom", s.custom());
            o.addProperty("available", true);
            o.addProperty("bundle", s.bundle());
            o.addProperty("description", s.description());
            return o;
        });
    }

    public static String influencers(List<ParticipationView> influencers) {
        return array(influencers, p -> {
            JsonObject o = new JsonObject();
            o.addProperty("influencer", p.influencer());
            o.addProperty("stage", p.stage());
            o.addProperty("phase", p.phase().id());
            o.addProperty("name", p.name());
            return o;
        });
    }

    public static String deliverableChange(DeliverableChange c) {
        JsonObject o = new JsonObject();
        o.addProperty("deliverable", c.deliverable());
        o.addProperty("changed", c.updated());
        o.addProperty("locked", c.locked());
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", c.dryRun());
        return GSON.toJson(o);
    }

    public static String completion(DeliverableCompletion c) {
        JsonObject o = new JsonObject();
        o.addProperty("deliverable", c.deliverable());
        o.addProperty("influencer", c.influencer());
        o.addProperty("complete", true);
        o.addProperty("postUrl", c.postUrl());
        o.addProperty("changed", c.moved() == null ? 0 : 1);
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", c.dryRun());
        o.add("changes", changes(c.moved() == null ? List.of() : List.of(c.moved())));
        return GSON.toJson(o);
    }

    public static String draft(DraftResult r) {
        JsonObject o = draftObject(r.draft());
        o.addProperty("influencer", r.influencer());
        o.addProperty("changed", r.moved() == null ? 0 : 1);
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", r.dryRun());
        o.add("changes", changes(r.moved() == null ? List.of() : List.of(r.moved())));
        return GSON.toJson(o);
    }

    private static JsonObject draftObject(DraftView d) {
        JsonObject o = new JsonObject();
        o.addProperty("deliverable", d.deliverable());
        o.addProperty("version", d.version());
        o.addProperty("status", d.status());
        o.addProperty("url", d.url());
        o.addProperty("comment", d.comment());
        return o;
    }

    public static String deliverables(List<DeliverableView> deliverables) {
        return array(deliverables, Json::deliverable);
    }

    private static JsonObject deliverable(DeliverableView d) {
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

    public static String influencer(ParticipationView p, List<DeliverableView> deliverables, List<DraftView> drafts,
            Map<String, String> data) {
        JsonObject o = new JsonObject();
        o.addProperty("campaign", p.campaign());
        o.addProperty("influencer", p.influencer());
        o.addProperty("stage", p.stage());
        o.addProperty("phase", p.phase().id());
        o.addProperty("name", p.name());
        o.addProperty("email", p.email());
        o.addProperty("since", Instant.ofEpochMilli(p.since()).toString());
        o.add("data", GSON.toJsonTree(data));
        JsonArray list = new JsonArray();
        deliverables.forEach(d -> list.add(deliverable(d)));
        o.add("deliverables", list);
        JsonArray draftList = new JsonArray();
        drafts.forEach(d -> draftList.add(draftObject(d)));
        o.add("drafts", draftList);
        // incentives are not modelled yet: nobody has any
        o.add("incentives", new JsonArray());
        return GSON.toJson(o);
    }

    public static String data(Map<String, String> data) {
        return GSON.toJson(data);
    }

    public static String dataChange(DataChange c) {
        JsonObject o = new JsonObject();
        o.addProperty("influencer", c.influencer());
        o.addProperty("stage", c.stage());
        o.add("data", GSON.toJsonTree(c.data()));
        o.add("moved", changes(c.moved()));
        o.addProperty("stayed", c.stayed());
        o.addProperty("dryRun", c.dryRun());
        return GSON.toJson(o);
    }

    public static String history(List<JournalEntry> journal) {
        return array(journal, e -> {
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

    /** {@code {"changed": N, "failed": [{"influencer", "reason"}]}} plus the changes themselves. */
    public static String bulk(BulkResult result) {
        JsonObject o = new JsonObject();
        o.addProperty("changed", result.changed().size());
        JsonArray failed = new JsonArray();
        result.failed().forEach(f -> {
            JsonObject item = new JsonObject();
            item.addProperty("influencer", f.influencer());
            item.addProperty("reason", f.line());
            item.addProperty("rule", f.rule());
            failed.add(item);
        });
        o.add("failed", failed);
        o.addProperty("dryRun", result.dryRun());
        o.add("changes", changes(result.changed()));
        return GSON.toJson(o);
    }

    public static String single(StageChange change, boolean dryRun) {
        return bulk(new BulkResult(List.of(change), List.of(), dryRun));
    }

    public static String strings(String key, List<String> values) {
        JsonObject o = new JsonObject();
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        o.add(key, array);
        return GSON.toJson(o);
    }

    private static JsonArray changes(List<StageChange> changes) {
        JsonArray array = new JsonArray();
        for (StageChange c : changes) {
            JsonObject o = new JsonObject();
            o.addProperty("influencer", c.influencer());
            o.addProperty("from", c.from());
            o.addProperty("to", c.to());
            o.addProperty("cause", c.cause());
            array.add(o);
        }
        return array;
    }

    private static <T> String array(List<T> items, Function<T, JsonElement> shape) {
        JsonArray array = new JsonArray();
        items.forEach(item -> array.add(shape.apply(item)));
        return GSON.toJson(array);
    }
}
