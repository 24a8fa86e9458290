package stageflow.shell.format;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import stageflow.api.access.Grant;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.PhaseRules;
import stageflow.api.dto.StageDetail;
import stageflow.api.dto.StageRow;
import stageflow.api.stage.StageInfo;
import stageflow.shell.result.IncentiveResults.Budget;
import stageflow.shell.result.IncentiveResults.IncentiveChanged;
import stageflow.shell.result.IncentiveResults.IncentiveList;
import stageflow.shell.result.IncentiveResults.InfluencerShown;
import stageflow.shell.result.MessageResults.MessageList;
import stageflow.shell.result.MessageResults.MessagesQueued;
import stageflow.shell.result.MessageResults.Preview;
import stageflow.shell.result.MessageResults.TemplateList;
import stageflow.shell.result.MessageResults.TemplateSet;
import stageflow.shell.result.MessageResults.TemplateShown;
import stageflow.shell.result.WebhookResults.DeliveryList;
import stageflow.shell.result.WebhookResults.Replayed;
import stageflow.shell.result.WebhookResults.TestQueued;
import stageflow.shell.result.WebhookResults.WebhookAdded;
import stageflow.shell.result.WebhookResults.WebhookList;
import stageflow.shell.result.WebhookResults.WebhookRemoved;
import stageflow.shell.result.Results.AccessChanged;
import stageflow.shell.result.Results.AccessList;
import stageflow.shell.result.Results.CampaignChanged;
import stageflow.shell.result.Results.CampaignList;
import stageflow.shell.result.Results.DataView;
import stageflow.shell.result.Results.DeliverableEdited;
import stageflow.shell.result.Results.DeliverableList;
import stageflow.shell.result.Results.FileWritten;
import stageflow.shell.result.Results.History;
import stageflow.shell.result.Results.Imported;
import stageflow.shell.result.Results.InfluencerList;
import stageflow.shell.result.Results.Layout;
import stageflow.shell.result.Results.Moved;
import stageflow.shell.result.Results.Problems;
import stageflow.shell.result.Results.StageList;
import stageflow.shell.result.Results.Toggled;
import stageflow.shell.result.Results.WorkflowTable;

/**
 * Every result as {@code --json} prints it, in one place. The shapes are the contract of docs/commands.md: fields
 * may be added, never renamed. Built field by field rather than by reflection, so that renaming a Java field can
 * never rename a JSON field.
 */
public final class JsonFormat {
    static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final Map<Class<?>, Function<Object, JsonElement>> SHAPES = new LinkedHashMap<>();
    private static final Set<Class<?>> MUTATIONS = new HashSet<>();

    static {
        onChange(CampaignChanged.class, c -> changed(campaign(c.campaign()), 1, c.dryRun()));
        on(CampaignList.class, l -> array(l.campaigns(), JsonFormat::campaign));
        on(Board.class, JsonFormat::board);
        on(WorkflowTable.class, w -> board(w.board()));
        onChange(Layout.class, l -> changed(board(l.board()), 1, l.dryRun()));
        onChange(Toggled.class, JsonFormat::toggles);
        on(Problems.class, p -> {
            JsonObject o = new JsonObject();
            o.add("problems", GSON.toJsonTree(p.problems()));
            return o;
        });
        on(StageList.class, l -> array(l.stages(), JsonFormat::stage));
        on(StageDetail.class, JsonFormat::stageDetail);
        on(FileWritten.class, f -> {
            JsonObject o = new JsonObject();
            o.addProperty(f.what(), f.file().toString());
            o.addProperty("bytes", f.bytes());
            return o;
        });
        onChange(BulkResult.class, InfluencerJson::bulk);
        onChange(Imported.class, i -> InfluencerJson.bulk(i.result()));
        onChange(Moved.class, m -> InfluencerJson.bulk(new BulkResult(List.of(m.change()), List.of(), m.dryRun())));
        on(InfluencerList.class, InfluencerJson::influencers);
        on(InfluencerDetail.class, InfluencerJson::influencer);
        on(DataView.class, d -> GSON.toJsonTree(d.data()));
        onChange(DataChange.class, InfluencerJson::dataChange);
        on(History.class, InfluencerJson::history);
        onChange(DeliverableEdited.class, InfluencerJson::deliverableEdited);
        on(DeliverableList.class, d -> array(d.deliverables(), InfluencerJson::deliverable));
        onChange(DeliverableCompletion.class, InfluencerJson::completion);
        onChange(DraftResult.class, InfluencerJson::draft);
        onChange(AccessChanged.class, a -> {
            JsonObject o = a.grant() == null ? new JsonObject() : grant(a.grant());
            o.addProperty("user", a.user());
            o.addProperty("key", a.key());
            return changed(o, 1, a.dryRun());
        });
        on(AccessList.class, l -> array(l.grants(), JsonFormat::grant));
        onChange(WebhookAdded.class, a -> {
            JsonObject o = GSON.toJsonTree(a.created().endpoint()).getAsJsonObject();
            if (!a.dryRun()) {
                o.addProperty("secret", a.created().secret()); // a dry run stores none
            }
            return changed(o, 1, a.dryRun());
        });
        onChange(WebhookRemoved.class, r -> {
            JsonObject o = new JsonObject();
            o.addProperty("id", r.id());
            return changed(o, 1, r.dryRun());
        });
        on(WebhookList.class, l -> GSON.toJsonTree(l.endpoints()));
        on(DeliveryList.class, l -> GSON.toJsonTree(l.deliveries()));
        onChange(TestQueued.class, t -> changed(GSON.toJsonTree(t.delivery()).getAsJsonObject(), 1, t.dryRun()));
        onChange(Replayed.class, r -> {
            JsonObject o = new JsonObject();
            o.addProperty("endpoint", r.endpoint());
            return changed(o, r.queued(), r.dryRun());
        });
        on(TemplateList.class, l -> array(l.templates(), MessageJson::template));
        on(TemplateShown.class, t -> MessageJson.template(t.template()));
        onChange(TemplateSet.class, t -> changed(MessageJson.template(t.template()), 1, t.dryRun()));
        onChange(MessagesQueued.class, q -> {
            JsonObject o = new JsonObject();
            o.add("messages", array(q.messages(), MessageJson::message));
            return changed(o, q.messages().size(), q.dryRun());
        });
        on(Preview.class, p -> GSON.toJsonTree(p.message()));
        on(MessageList.class, l -> array(l.messages(), MessageJson::message));
        onChange(IncentiveChanged.class, c -> {
            JsonObject o = IncentiveJson.incentive(c.change().incentive());
            o.addProperty("locked", c.change().locked());
            // the automatic move of I-3, as every mutating answer shows moves
            o.add("changes", GSON.toJsonTree(c.change().moved() == null ? List.of() : List.of(c.change().moved())));
            return changed(o, (int) c.change().updated(), c.change().dryRun());
        });
        on(IncentiveList.class, l -> array(l.incentives(), IncentiveJson::incentive));
        on(Budget.class, b -> array(b.lines(), IncentiveJson::budgetLine));
        on(InfluencerShown.class, s -> {
            JsonObject o = InfluencerJson.influencer(s.detail());
            o.add("incentives", array(s.incentives(), IncentiveJson::incentive));
            return o;
        });
    }

    private static JsonObject grant(Grant g) {
        JsonObject o = new JsonObject();
        o.addProperty("user", g.user());
        o.addProperty("role", g.role().id());
        o.add("keys", GSON.toJsonTree(g.keys()));
        return o;
    }

    private JsonFormat() {
    }

    private static <T> void on(Class<T> type, Function<T, JsonElement> shape) {
        SHAPES.put(type, value -> shape.apply(type.cast(value)));
    }

    /**
     * The answer of a mutating command: whatever else it holds, {@code changed}, {@code failed} and {@code dryRun}
     * (docs/commands.md), so a script reads every change the same way. A shape without them is a bug, found by the
     * first test that renders it.
     */
    private static <T> void onChange(Class<T> type, Function<T, JsonObject> shape) {
        MUTATIONS.add(type);
        on(type, value -> {
            JsonObject o = shape.apply(value);
            if (!o.has("changed") || !o.has("failed") || !o.has("dryRun")) {
                throw new IllegalStateException(type.getSimpleName() + " lacks changed, failed or dryRun");
            }
            return o;
        });
    }

    /** Adds the fields of a change that touched {@code changed} things and refused none. */
    static JsonObject changed(JsonObject o, int changed, boolean dryRun) {
        o.addProperty("changed", changed);
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", dryRun);
        return o;
    }

    /** Whether {@code type} is the answer of a mutating command, with the fields every such answer has. */
    public static boolean reportsChanges(Class<?> type) {
        return MUTATIONS.contains(type);
    }

    /** Whether {@code type} has a JSON form here. */
    public static boolean renders(Class<?> type) {
        return SHAPES.containsKey(type);
    }

    /** One JSON document for a command's result. */
    public static String json(Object result) {
        Function<Object, JsonElement> shape = SHAPES.get(result.getClass());
        if (shape == null) {
            throw new IllegalArgumentException("no JSON form for " + result.getClass().getName());
        }
        return GSON.toJson(shape.apply(result));
    }

    static JsonObject campaign(CampaignSummary c) {
        JsonObject o = new JsonObject();
        o.addProperty("id", c.id());
        o.addProperty("name", c.name());
        o.addProperty("status", c.status().id());
        o.addProperty("influencers", c.influencers());
        return o;
    }

    private static JsonObject board(Board board) {
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
        return o;
    }

    private static JsonObject toggles(Toggled t) {
        JsonObject o = new JsonObject();
        o.addProperty("changed", t.toggles().size());
        o.add("failed", new JsonArray());
        o.addProperty("dryRun", t.dryRun());
        o.add("stages", array(t.toggles(), s -> {
            JsonObject stage = new JsonObject();
            stage.addProperty("stage", s.stage());
            stage.addProperty("enabled", s.enabled());
            return stage;
        }));
        return o;
    }

    private static JsonObject stage(StageInfo s) {
        JsonObject o = new JsonObject();
        o.addProperty("id", s.id());
        o.addProperty("label", s.label());
        o.addProperty("custom", s.custom());
        o.addProperty("available", true);
        o.addProperty("bundle", s.bundle());
        o.addProperty("description", s.description());
        return o;
    }

    private static JsonObject stageDetail(StageDetail d) {
        JsonObject o = stage(d.stage());
        o.addProperty("phase", d.phase() == null ? null : d.phase().id());
        o.addProperty("required", d.required());
        o.addProperty("linkedWith", d.linkedWith());
        o.addProperty("entryCheck", d.stage().entryCheck());
        o.addProperty("autoExit", d.stage().autoExit());
        PhaseRules r = d.rules();
        if (r == null) {
            o.add("rules", null);
        } else {
            JsonObject rules = new JsonObject();
            rules.addProperty("deliverableEditing", r.deliverableEditing());
            rules.addProperty("lockOverride", r.lockOverride());
            rules.addProperty("contentBinding", r.contentBinding());
            rules.addProperty("incentiveStatus", r.incentiveStatus());
            o.add("rules", rules);
        }
        return o;
    }

    static <T> JsonArray array(List<T> items, Function<T, JsonElement> shape) {
        JsonArray array = new JsonArray();
        items.forEach(item -> array.add(shape.apply(item)));
        return array;
    }
}
