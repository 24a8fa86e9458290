package stageflow.bench;

import java.nio.file.Path;
import java.util.List;

import stageflow.api.Selection;

/**
 * Issue 12: what the transactional outbox costs a single promote (W-1): the same promotes with one webhook endpoint
 * registered (each commit also writes its delivery) against none, in the same run, medians of three trials.
 */
final class OutboxCost {
    private static final int WARM = 1_000;
    private static final int MEASURED = 3_000;

    private final Path work;
    private final Starts.Rows rows;

    OutboxCost(Path work, Starts.Rows rows) {
        this.work = work;
        this.rows = rows;
    }

    void measure() {
        double[] with = new double[3];
        double[] without = new double[3];
        for (int trial = 0; trial < 3; trial++) {
            without[trial] = promotes(work.resolve("outbox-none-" + trial), false);
            with[trial] = promotes(work.resolve("outbox-one-" + trial), true);
        }
        double w = Main.median(with);
        double n = Main.median(without);
        rows.row("9 promote one, with one webhook endpoint", Main.fmt(w) + " us", "no endpoint, same run: "
                + Main.fmt(n) + " us", Main.fmt(w / n) + "x", "<= 1.2x", w / n <= 1.2);
    }

    private static double promotes(Path dir, boolean endpoint) {
        try (Engines e = new Engines(dir)) {
            if (endpoint) {
                e.webhooks.add("http://127.0.0.1:9/bench", List.of(), Engines.OP);
            }
            e.campaigns.create("b", null, Engines.OP);
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
