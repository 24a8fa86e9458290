package stageflow.shell.format;

import java.util.ArrayList;
import java.util.List;

import stageflow.api.incentive.IncentiveChange;
import stageflow.api.incentive.IncentiveView;
import stageflow.shell.result.IncentiveResults.Budget;
import stageflow.shell.result.IncentiveResults.IncentiveChanged;
import stageflow.shell.result.IncentiveResults.InfluencerShown;

/** The incentive scope's answers, and campaign:budget, as the console shows them. */
final class IncentiveText {
    private IncentiveText() {
    }

    static String changed(IncentiveChanged c) {
        IncentiveChange change = c.change();
        IncentiveView i = change.incentive();
        StringBuilder text = new StringBuilder(c.verb() + " " + i.id() + (i.influencer() == null ? " (campaign-level: "
                + change.updated() + " updated, " + change.locked() + " locked)" : " of " + i.influencer()) + ": "
                + describe(i) + ", " + i.status());
        if (change.moved() != null) {
            text.append("\n").append(change.moved().influencer()).append(": ").append(change.moved().from())
                    .append(" -> ").append(change.moved().to()).append(" (").append(change.moved().cause())
                    .append(")");
        }
        return text + TextFormat.dryRun(change.dryRun());
    }

    static String list(List<IncentiveView> incentives) {
        if (incentives.isEmpty()) {
            return "(no incentives)";
        }
        List<List<Object>> rows = new ArrayList<>();
        for (IncentiveView i : incentives) {
            rows.add(List.of(i.id(), i.kind(), i.amount() == null ? "-" : i.amount() + " " + i.currency(),
                    i.stage() == null ? "-" : i.stage(), i.integrated() ? "integrated" : "offline", i.status(),
                    i.reference() == null ? "" : i.reference(), i.description() == null ? "" : i.description()));
        }
        return Tables.table(List.of("ID", "KIND", "AMOUNT", "STAGE", "PAID BY", "STATUS", "REFERENCE", "DESCRIPTION"),
                rows);
    }

    static String budget(Budget budget) {
        if (budget.lines().isEmpty()) {
            return "(no incentive with an amount in " + budget.campaign() + ")";
        }
        List<List<Object>> rows = new ArrayList<>();
        budget.lines().forEach(l -> rows.add(List.of(l.currency(), l.status(), l.total(), l.count())));
        return Tables.table(List.of("CURRENCY", "STATUS", "TOTAL", "INCENTIVES"), rows);
    }

    static String influencer(InfluencerShown shown) {
        return InfluencerText.influencer(shown.detail()) + "\nincentives\n" + list(shown.incentives());
    }

    private static String describe(IncentiveView i) {
        return i.kind() + (i.amount() == null ? "" : " " + i.amount() + " " + i.currency())
                + (i.stage() == null ? "" : " (" + i.stage() + ", " + (i.integrated() ? "integrated" : "offline") + ")");
    }
}
