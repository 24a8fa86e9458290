package stageflow.shell.format;

import static stageflow.shell.format.TextFormat.dryRun;
import static stageflow.shell.format.TextFormat.orEmpty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import stageflow.api.dto.BulkResult;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftResult;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.Failure;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.shell.result.Results.DeliverableEdited;
import stageflow.shell.result.Results.History;
import stageflow.shell.result.Results.InfluencerList;

/** The text of what commands about influencers, their deliverables and drafts answer. */
final class InfluencerText {
    private InfluencerText() {
    }

    static String change(StageChange c) {
        return c.influencer() + ": " + (c.from() == null ? "(new)" : c.from()) + " -> " + c.to()
                + (c.cause().equals("manual") ? "" : " (" + c.cause() + ")");
    }

    /** Each change on a line, each refusal on a line, then the count. */
    static String bulk(BulkResult result) {
        List<String> lines = new ArrayList<>();
        result.changed().forEach(c -> lines.add(change(c)));
        for (Failure f : result.failed()) {
            lines.add(f.influencer() + ": " + f.line());
        }
        lines.add(result.changed().size() + " changed" + (result.failed().isEmpty() ? ""
                : ", " + result.failed().size() + " not changed") + dryRun(result.dryRun()));
        return String.join("\n", lines);
    }

    /** Only refusals and the count: an import of many thousands. */
    static String imported(BulkResult result) {
        List<String> lines = new ArrayList<>();
        for (Failure f : result.failed()) {
            lines.add(f.influencer() + ": " + f.line());
        }
        lines.add(result.changed().size() + " added" + (result.failed().isEmpty() ? ""
                : ", " + result.failed().size() + " not added") + dryRun(result.dryRun()));
        return String.join("\n", lines);
    }

    static String influencers(InfluencerList list) {
        List<List<Object>> rows = new ArrayList<>();
        list.influencers().forEach(p -> rows.add(List.of(p.influencer(), p.stage(), p.phase().id(), orEmpty(p.name()))));
        return Tables.table(List.of("INFLUENCER", "STAGE", "PHASE", "NAME"), rows);
    }

    static String influencer(InfluencerDetail detail) {
        ParticipationView p = detail.participation();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("campaign", p.campaign());
        fields.put("influencer", p.influencer());
        fields.put("name", p.name());
        fields.put("email", p.email());
        fields.put("stage", p.stage() + " (" + p.stageLabel() + ")");
        fields.put("phase", p.phase().id());
        fields.put("since", TextFormat.since(p));
        detail.data().forEach((key, value) -> fields.put("data " + key, value));
        return TextFormat.details(fields) + "\ndeliverables\n" + deliverables(detail.deliverables())
                + (detail.drafts().isEmpty() ? "" : "\ndrafts\n" + drafts(detail.drafts()));
    }

    /** What was recorded, then one line per automatic move, or why the influencer stayed (C-9). */
    static String dataChange(DataChange change) {
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

    static String history(History history) {
        List<List<Object>> rows = new ArrayList<>();
        history.entries().forEach(e -> rows.add(List.of(e.seq(), Instant.ofEpochMilli(e.time()).toString(),
                orEmpty(e.influencer()), orEmpty(e.from()), orEmpty(e.to()), e.cause(), e.actor(), orEmpty(e.reason()),
                orEmpty(e.detail()))));
        return Tables.table(List.of("SEQ", "TIME", "INFLUENCER", "FROM", "TO", "CAUSE", "ACTOR", "REASON", "DETAIL"),
                rows);
    }

    static String deliverableEdited(DeliverableEdited edited) {
        DeliverableChange c = edited.change();
        return edited.verb() + " " + c.deliverable() + ": " + c.updated() + " influencer(s) updated"
                + (c.locked() > 0 ? ", " + c.locked() + " locked (past the candidates phase)" : "")
                + dryRun(c.dryRun());
    }

    static String deliverables(List<DeliverableView> deliverables) {
        List<List<Object>> rows = new ArrayList<>();
        deliverables.forEach(d -> rows.add(List.of(d.id(), d.kind(), orEmpty(d.contentType()),
                d.count() == 0 ? "" : d.count(), orEmpty(d.due()), d.scope(), d.locked() ? "locked" : "open",
                TextFormat.yes(d.complete()), orEmpty(d.description()))));
        return Tables.table(List.of("ID", "KIND", "TYPE", "COUNT", "DUE", "SCOPE", "LOCK", "COMPLETE", "DESCRIPTION"),
                rows);
    }

    static String completion(DeliverableCompletion c) {
        return c.deliverable() + " of " + c.influencer() + ": complete"
                + (c.postUrl() == null ? "" : " (" + c.postUrl() + ")")
                + (c.moved() == null ? "" : "\n" + change(c.moved())) + dryRun(c.dryRun());
    }

    static String draft(DraftResult r) {
        DraftView d = r.draft();
        return d.deliverable() + " of " + r.influencer() + ": version " + d.version() + " " + d.status()
                + (d.comment() == null ? "" : " (" + d.comment() + ")")
                + (r.moved() == null ? "" : "\n" + change(r.moved())) + dryRun(r.dryRun());
    }

    static String drafts(List<DraftView> drafts) {
        List<List<Object>> rows = new ArrayList<>();
        drafts.forEach(d -> rows.add(List.of(d.deliverable(), d.version(), d.status(), orEmpty(d.url()),
                orEmpty(d.comment()))));
        return Tables.table(List.of("DELIVERABLE", "VERSION", "STATUS", "URL", "COMMENT"), rows);
    }
}
