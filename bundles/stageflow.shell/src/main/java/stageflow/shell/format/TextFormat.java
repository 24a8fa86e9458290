package stageflow.shell.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.PhaseRules;
import stageflow.api.dto.StageDetail;
import stageflow.api.dto.StageRow;
import stageflow.api.stage.DefaultStage;
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
import stageflow.shell.result.Results.CampaignChanged;
import stageflow.shell.result.Results.CampaignList;
import stageflow.shell.result.Results.DataView;
import stageflow.shell.result.Results.DeliverableEdited;
import stageflow.shell.result.Results.DeliverableList;
import stageflow.shell.result.Results.FileWritten;
import stageflow.shell.result.Results.AccessChanged;
import stageflow.shell.result.Results.AccessList;
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
 * Every result as the console shows it, in one place: commands return values, this renders them (through the Gogo
 * converter). Tables have a header and aligned columns, no borders, so they also read well in a log.
 */
public final class TextFormat {
    private static final Map<Class<?>, Function<Object, String>> RENDERERS = new LinkedHashMap<>();

    static {
        on(CampaignChanged.class, c -> (c.verb().isEmpty() ? "" : c.verb() + " ") + campaign(c.campaign())
                + dryRun(c.dryRun()));
        on(CampaignList.class, TextFormat::campaigns);
        on(Board.class, TextFormat::board);
        on(WorkflowTable.class, w -> workflow(w.board()));
        on(Toggled.class, TextFormat::toggles);
        on(Layout.class, l -> l.verb() + " " + l.stage() + (l.after() == null ? "" : " after " + l.after())
                + dryRun(l.dryRun()) + "\n" + workflow(l.board()));
        on(Problems.class, TextFormat::problems);
        on(StageList.class, TextFormat::stages);
        on(StageDetail.class, TextFormat::stage);
        on(FileWritten.class, f -> f.what() + " written: " + f.file() + " (" + f.bytes() + " bytes)");
        on(BulkResult.class, InfluencerText::bulk);
        on(Imported.class, i -> InfluencerText.imported(i.result()));
        on(Moved.class, m -> InfluencerText.change(m.change()) + dryRun(m.dryRun()));
        on(InfluencerList.class, InfluencerText::influencers);
        on(InfluencerDetail.class, InfluencerText::influencer);
        on(DataView.class, d -> d.data().isEmpty() ? d.influencer() + ": no data recorded" : details(d.data()));
        on(DataChange.class, InfluencerText::dataChange);
        on(History.class, InfluencerText::history);
        on(DeliverableEdited.class, InfluencerText::deliverableEdited);
        on(DeliverableList.class, d -> InfluencerText.deliverables(d.deliverables()));
        on(DeliverableCompletion.class, InfluencerText::completion);
        on(DraftResult.class, InfluencerText::draft);
        on(AccessChanged.class, AccessText::changed);
        on(AccessList.class, AccessText::list);
        on(WebhookAdded.class, WebhookText::added);
        on(WebhookRemoved.class, r -> "removed " + r.id() + ": nothing more goes to it" + dryRun(r.dryRun()));
        on(WebhookList.class, WebhookText::list);
        on(DeliveryList.class, WebhookText::deliveries);
        on(TestQueued.class, t -> "queued test delivery " + t.delivery().delivery() + " to "
                + t.delivery().endpoint() + dryRun(t.dryRun()));
        on(Replayed.class, r -> "queued again: " + r.queued() + " deliveries to " + r.endpoint() + dryRun(r.dryRun()));
        on(TemplateList.class, MessageText::templates);
        on(TemplateShown.class, t -> MessageText.template(t.template()));
        on(TemplateSet.class, t -> "set " + MessageText.template(t.template()) + dryRun(t.dryRun()));
        on(MessagesQueued.class, MessageText::queued);
        on(Preview.class, MessageText::preview);
        on(MessageList.class, MessageText::messages);
        on(IncentiveChanged.class, IncentiveText::changed);
        on(IncentiveList.class, l -> IncentiveText.list(l.incentives()));
        on(Budget.class, IncentiveText::budget);
        on(InfluencerShown.class, IncentiveText::influencer);
    }

    private TextFormat() {
    }

    private static <T> void on(Class<T> type, Function<T, String> renderer) {
        RENDERERS.put(type, value -> renderer.apply(type.cast(value)));
    }

    /** Whether {@code type} has a text form here. */
    public static boolean renders(Class<?> type) {
        return RENDERERS.containsKey(type);
    }

    /** The text of a command's result, or null for a value this class does not know. */
    public static String text(Object result) {
        Function<Object, String> renderer = result == null ? null : RENDERERS.get(result.getClass());
        return renderer == null ? null : renderer.apply(result);
    }

    static String dryRun(boolean dryRun) {
        return dryRun ? " (dry run: nothing stored)" : "";
    }

    static String campaign(CampaignSummary c) {
        return c.id() + " (" + c.name() + "): " + c.status().id() + ", " + c.influencers() + " influencer(s)";
    }

    private static String campaigns(CampaignList list) {
        List<List<Object>> rows = new ArrayList<>();
        list.campaigns().forEach(c -> rows.add(List.of(c.id(), c.name(), c.status().id(), c.influencers())));
        return Tables.table(List.of("ID", "NAME", "STATUS", "INFLUENCERS"), rows);
    }

    private static String board(Board board) {
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (StageRow s : board.stages()) {
            List<String> notes = new ArrayList<>();
            if (s.required()) {
                notes.add("required");
            }
            if (s.linkedWith() != null) {
                notes.add("linked with " + s.linkedWith());
            }
            if (s.custom()) {
                notes.add("custom");
            }
            if (!s.available()) {
                notes.add("UNAVAILABLE");
            }
            boolean outsideOrder = s.id().equals(DefaultStage.DROPPED.id());
            rows.add(List.of(outsideOrder ? "-" : String.valueOf(++n), s.id(), s.label(), s.phase().id(),
                    yes(s.enabled()), s.count(), String.join(", ", notes)));
        }
        return board.id() + " (" + board.name() + "): " + board.status().id() + ", " + board.influencers()
                + " influencer(s)\n" + Tables.table(List.of("#", "STAGE", "LABEL", "PHASE", "ENABLED", "COUNT",
                        "NOTES"), rows);
    }

    private static String workflow(Board board) {
        List<List<Object>> rows = new ArrayList<>();
        for (StageRow s : board.stages()) {
            rows.add(List.of(s.id(), s.label(), s.phase().id(), yes(s.enabled()), yes(s.required()),
                    orEmpty(s.linkedWith()), yes(s.custom()), yes(s.available()), s.count()));
        }
        return Tables.table(List.of("ID", "LABEL", "PHASE", "ENABLED", "REQUIRED", "LINKED", "CUSTOM", "AVAILABLE",
                "COUNT"), rows);
    }

    private static String toggles(Toggled t) {
        if (t.toggles().isEmpty()) {
            return "no change in " + t.campaign();
        }
        List<String> lines = new ArrayList<>();
        t.toggles().forEach(s -> lines.add(s.stage() + ": " + (s.enabled() ? "enabled" : "disabled")));
        return String.join("\n", lines) + dryRun(t.dryRun());
    }

    private static String problems(Problems p) {
        if (p.problems().isEmpty()) {
            return p.check() == Problems.Check.STORE
                    ? "store consistent: every influencer in one stage, counters and journal agree"
                    : "workflow of " + p.subject() + " is valid";
        }
        return String.join("\n", p.problems());
    }

    private static String stages(StageList list) {
        List<List<Object>> rows = new ArrayList<>();
        list.stages().forEach(s -> rows.add(List.of(s.id(), s.label(), s.custom() ? "custom" : "default", s.bundle(),
                "yes")));
        return Tables.table(List.of("ID", "LABEL", "KIND", "BUNDLE", "AVAILABLE"), rows);
    }

    private static String stage(StageDetail detail) {
        StageInfo info = detail.stage();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", info.id());
        fields.put("label", info.label());
        fields.put("description", info.description());
        fields.put("kind", info.custom() ? "custom" : "default");
        fields.put("bundle", info.bundle());
        if (detail.phase() == null) {
            fields.put("phase", "taken from the stage before it in each campaign's workflow (P-1)");
            fields.put("entry check", info.entryCheck() ? "yes (the stage may refuse entry, C-9)" : "none");
            fields.put("exit", info.autoExit() ? "automatic when its condition holds, or manual (C-9)" : "manual");
        } else {
            fields.put("phase", detail.phase().id());
            fields.put("required", yes(detail.required()));
            fields.put("linked with", detail.linkedWith());
            PhaseRules p = detail.rules();
            if (p != null) {
                fields.put("deliverable editing", p.deliverableEditing() ? "open" : "locked");
                fields.put("lock override", p.lockOverride() ? "allowed" : "refused");
                fields.put("content binding", p.contentBinding() ? "allowed" : "refused");
                fields.put("incentives on entry", p.incentiveStatus() == null ? "unchanged" : p.incentiveStatus());
            }
        }
        return details(fields);
    }

    /** Name-value lines, names aligned. */
    static String details(Map<String, ?> fields) {
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        fields.forEach((k, v) -> lines.add(String.format("%-" + width + "s  %s", k, v == null ? "" : v)));
        return String.join("\n", lines);
    }

    static String since(ParticipationView p) {
        return Instant.ofEpochMilli(p.since()).toString();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
