package stageflow.shell.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import stageflow.api.dto.DataChange;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.Failure;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageRow;
import stageflow.api.dto.StageToggle;
import stageflow.api.stage.StageInfo;

/** Every human-readable rendering of the shell, in one place; commands never print. */
public final class Text {

    private Text() {
    }

    public static String campaigns(List<CampaignSummary> campaigns) {
        List<List<Object>> rows = new ArrayList<>();
        campaigns.forEach(c -> rows.add(List.of(c.id(), c.name(), c.status().id(), c.influencers())));
        return Tables.table(List.of("ID", "NAME", "STATUS", "INFLUENCERS"), rows);
    }

    public static String campaign(CampaignSummary c) {
        return c.id() + " (" + c.name() + "): " + c.status().id() + ", " + c.influencers() + " influencer(s)";
    }

    public static String board(Board board) {
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
            rows.add(List.of(s.id().equals("dropped") ? "-" : String.valueOf(++n), s.id(), s.label(), s.phase().id(),
                    s.enabled() ? "yes" : "no", s.count(), String.join(", ", notes)));
        }
        return board.id() + " (" + board.name() + "): " + board.status().id() + ", " + board.influencers()
                + " influencer(s)\n" + Tables.table(List.of("#", "STAGE", "LABEL", "PHASE", "ENABLED", "COUNT",
                        "NOTES"), rows);
    }

    public static String workflow(Board board) {
        List<List<Object>> rows = new ArrayList<>();
        for (StageRow s : board.stages()) {
            rows.add(List.of(s.id(), s.label(), s.phase().id(), yes(s.enabled()), yes(s.required()),
                    s.linkedWith() == null ? "" : s.linkedWith(), yes(s.custom()), yes(s.available()), s.count()));
        }
        return Tables.table(List.of("ID", "LABEL", "PHASE", "ENABLED", "REQUIRED", "LINKED", "CUSTOM", "AVAILABLE",
                "COUNT"), rows);
    }

    public static String toggles(String campaign, List<StageToggle> toggles, boolean dryRun) {
        if (toggles.isEmpty()) {
            return "no change in " + campaign;
        }
        List<String> lines = new ArrayList<>();
        toggles.forEach(t -> lines.add(t.stage() + ": " + (t.enabled() ? "enabled" : "disabled")));
        return String.join("\n", lines) + dryRunNote(dryRun);
    }

    public static String stages(List<StageInfo> stages) {
        List<List<Object>> rows = new ArrayList<>();
        stages.forEach(s -> rows.add(List.of(s.id(), s.label(), s.custom() ? "custom" : "default", s.bundle(), "yes")));
        return Tables.table(List.of("ID", "LABEL", "KIND", "BUNDLE", "AVAILABLE"), rows);
    }

    /** Echoes at most 80 characters of what an operator typed, so a huge argument cannot flood the console. */
    public static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /**
     * One console line of reasonable length: a message that quotes a huge argument keeps its start and its end,
     * where the way forward is.
     */
    public static String line(String message) {
        return message.length() <= 300 ? message : message.substring(0, 200) + " ... "
                + message.substring(message.length() - 95);
    }

    public static String details(Map<String, Object> fields) {
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        fields.forEach((k, v) -> lines.add(String.format("%-" + width + "s  %s", k, v == null ? "" : v)));
        return String.join("\n", lines);
    }

    public static String data(Map<String, String> data) {
        return details(new LinkedHashMap<>(data));
    }

    /** What was recorded, then one line per automatic move, or why the influencer stayed (C-9). */
    public static String dataChange(DataChange change) {
        List<String> lines = new ArrayList<>();
        lines.add((change.dryRun() ? "dry run: " : "") + change.influencer() + ": data recorded ("
                + String.join(", ", change.data().keySet()) + ")");
        change.moved().forEach(m -> lines.add(change.influencer() + ": " + m.from() + " -> " + m.to() + " ("
                + m.cause() + ")"));
        if (change.stayed() != null) {
            lines.add(change.influencer() + ": stays in " + change.stage() + ": " + change.stayed());
        }
        return String.join("\n", lines);
    }

    public static String influencers(List<ParticipationView> influencers) {
        List<List<Object>> rows = new ArrayList<>();
        influencers.forEach(p -> rows.add(List.of(p.influencer(), p.stage(), p.phase().id(),
                p.name() == null ? "" : p.name())));
        return Tables.table(List.of("INFLUENCER", "STAGE", "PHASE", "NAME"), rows);
    }

    public static String history(List<JournalEntry> journal) {
        List<List<Object>> rows = new ArrayList<>();
        journal.forEach(e -> rows.add(List.of(e.seq(), Instant.ofEpochMilli(e.time()).toString(), text(e.influencer()),
                text(e.from()), text(e.to()), e.cause(), e.actor(), text(e.reason()), text(e.detail()))));
        return Tables.table(List.of("SEQ", "TIME", "INFLUENCER", "FROM", "TO", "CAUSE", "ACTOR", "REASON", "DETAIL"),
                rows);
    }

    public static String change(StageChange c) {
        return c.influencer() + ": " + (c.from() == null ? "(new)" : c.from()) + " -> " + c.to()
                + (c.cause().equals("manual") ? "" : " (" + c.cause() + ")");
    }

    public static String changeLine(StageChange c, boolean dryRun) {
        return change(c) + dryRunNote(dryRun);
    }

    /** Each change on a line, each refusal on a line, then the count. */
    public static String bulk(BulkResult result) {
        List<String> lines = new ArrayList<>();
        result.changed().forEach(c -> lines.add(change(c)));
        for (Failure f : result.failed()) {
            lines.add(f.influencer() + ": " + f.line());
        }
        lines.add(result.changed().size() + " changed" + (result.failed().isEmpty() ? ""
                : ", " + result.failed().size() + " not changed") + dryRunNote(result.dryRun()));
        return String.join("\n", lines);
    }

    /** Bulk output that lists only failures and the count: for imports of many thousands. */
    public static String bulkSummary(BulkResult result) {
        List<String> lines = new ArrayList<>();
        for (Failure f : result.failed()) {
            lines.add(f.influencer() + ": " + f.line());
        }
        lines.add(result.changed().size() + " added" + (result.failed().isEmpty() ? ""
                : ", " + result.failed().size() + " not added") + dryRunNote(result.dryRun()));
        return String.join("\n", lines);
    }

    public static String deliverableChange(String verb, DeliverableChange c) {
        return verb + " " + c.deliverable() + ": " + c.updated() + " influencer(s) updated"
                + (c.locked() > 0 ? ", " + c.locked() + " locked (past the candidates phase)" : "")
                + dryRunNote(c.dryRun());
    }

    public static String completion(DeliverableCompletion c) {
        return c.deliverable() + " of " + c.influencer() + ": complete"
                + (c.postUrl() == null ? "" : " (" + c.postUrl() + ")")
                + (c.moved() == null ? "" : "\n" + change(c.moved())) + dryRunNote(c.dryRun());
    }

    public static String draft(DraftResult r) {
        DraftView d = r.draft();
        return d.deliverable() + " of " + r.influencer() + ": version " + d.version() + " " + d.status()
                + (d.comment() == null ? "" : " (" + d.comment() + ")")
                + (r.moved() == null ? "" : "\n" + change(r.moved())) + dryRunNote(r.dryRun());
    }

    public static String drafts(List<DraftView> drafts) {
        List<List<Object>> rows = new ArrayList<>();
        drafts.forEach(d -> rows.add(List.of(d.deliverable(), d.version(), d.status(), text(d.url()),
                text(d.comment()))));
        return Tables.table(List.of("DELIVERABLE", "VERSION", "STATUS", "URL", "COMMENT"), rows);
    }

    public static String deliverables(List<DeliverableView> deliverables) {
        List<List<Object>> rows = new ArrayList<>();
        deliverables.forEach(d -> rows.add(List.of(d.id(), d.kind(), text(d.contentType()),
                d.count() == 0 ? "" : d.count(), text(d.due()), d.scope(), d.locked() ? "locked" : "open",
                d.complete() ? "yes" : "no", text(d.description()))));
        return Tables.table(List.of("ID", "KIND", "TYPE", "COUNT", "DUE", "SCOPE", "LOCK", "COMPLETE", "DESCRIPTION"),
                rows);
    }

    public static String dryRunNote(boolean dryRun) {
        return dryRun ? " (dry run: nothing stored)" : "";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }
}
