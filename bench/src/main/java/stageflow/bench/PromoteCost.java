package stageflow.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.message.TemplateChange;

/**
 * Issue 12: what a single promote pays for what it sends out, the same promotes with and without it in the same run,
 * medians of three trials: a webhook endpoint registered (each commit also writes its delivery, W-1), and the
 * Invitation going on entry to Invited in a live campaign (each commit also renders and queues it, M-1, M-3).
 */
final class PromoteCost {
    private static final int WARM = 1_000;
    private static final int MEASURED = 3_000;

    private final Path work;
    private final Starts.Rows rows;

    PromoteCost(Path work, Starts.Rows rows) {
        this.work = work;
        this.rows = rows;
    }

    /** Row 9: one webhook endpoint against none, in a draft campaign (no messages). */
    void outbox() {
        compare("outbox", "9 promote one, with one webhook endpoint", "no endpoint", false,
                e -> e.webhooks.add("http://127.0.0.1:9/bench", List.of(), Engines.OP), e -> { });
    }

    /** Row 11: the Invitation on entry against the Invitation made manual, in a live campaign. */
    void message() {
        compare("message", "11 promote one into Invited, with its message", "Invitation manual", true, e -> { },
                e -> e.messages.set("b", "invitation", new TemplateChange(null, "manual", null, null, null),
                        Engines.OP));
    }

    /**
     * {@code with} and {@code without} set an engine up after its campaign exists (and is live when {@code live}),
     * before the influencers are added.
     */
    private void compare(String name, String row, String baseline, boolean live, Consumer<Engines> with,
            Consumer<Engines> without) {
        double[] w = new double[3];
        double[] n = new double[3];
        for (int trial = 0; trial < 3; trial++) {
            n[trial] = promotes(work.resolve(name + "-without-" + trial), live, without);
            w[trial] = promotes(work.resolve(name + "-with-" + trial), live, with);
        }
        double median = Main.median(w);
        double base = Main.median(n);
        rows.row(row, Main.fmt(median) + " us", baseline + ", same run: " + Main.fmt(base) + " us",
                Main.fmt(median / base) + "x", "<= 1.2x", median / base <= 1.2);
    }

    private static double promotes(Path dir, boolean live, Consumer<Engines> setUp) {
        try (Engines e = new Engines(dir)) {
            e.campaigns.create("b", "Bench", Engines.OP);
            if (live) {
                e.campaigns.changeStatus("b", StatusChange.LAUNCH, Engines.OP);
            }
            setUp.accept(e);
            e.add("b", "i", WARM + MEASURED);
            for (int i = 0; i < WARM; i++) {
                e.moves.promote("b", Selection.of("i" + i), Engines.OP);
            }
            Timing t = new Timing(MEASURED);
            for (int i = WARM; i < WARM + MEASURED; i++) {
                String id = "i" + i;
                t.time(() -> e.moves.promote("b", Selection.of(id), Engines.OP));
            }
            return t.medianMicros();
        }
    }
}
