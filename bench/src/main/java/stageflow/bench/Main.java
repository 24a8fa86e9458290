package stageflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.Serializer;

import stageflow.api.Selection;

/**
 * The benchmark harness of issue 5: every figure next to a baseline measured in the same run, as a ratio. Prints a
 * table and writes docs/performance.md. Run it with bench/run (after mvn install).
 */
public final class Main {
    /**
     * Bytes one promote writes, counted from the store's layout: participation record (~45 B) and its key, the
     * stage-index entries removed and added (~2 x 20 B), the journal entry (~70 B), its key and index entry
     * (~2 x 30 B), four counters (~4 x 28 B). The floor writes one value of this size per transaction.
     */
    static final int PROMOTE_BYTES = 256;

    private final Path work;
    private final Path home;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Main(Path work, Path home) {
        this.work = work;
        this.home = home;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        String only = args.length > 1 ? args[1] : "all";
        Path work = Files.createTempDirectory("stageflow-bench");
        Main bench = new Main(work, home);
        if (only.equals("all") || only.contains("single")) bench.single();
        if (only.equals("all") || only.contains("bulk")) bench.bulk();
        if (only.equals("all") || only.contains("scale")) bench.scale();
        Starts starts = new Starts(home, work, bench::row);
        if (only.equals("all") || only.contains("start")) starts.coldStart();
        if (only.equals("all") || only.contains("deploy")) bench.hotDeploy();
        if (only.equals("all") || only.contains("peer")) bench.peer();
        if (only.equals("all") || only.contains("team")) starts.teamServer();
        if (only.equals("all") || only.contains("outbox")) new PromoteCost(work, bench::row).outbox();
        if (only.equals("all") || only.contains("delivery")) new DeliveryLag(work, bench::row).measure();
        if (only.equals("all") || only.contains("message")) new PromoteCost(work, bench::row).message();
        bench.report(only.equals("all") ? home.resolve("docs/performance.md") : null);
    }

    private void row(String benchmark, String figure, String baseline, String ratio, String target, boolean met) {
        rows.add(new String[] { benchmark, figure, baseline, ratio, target, met ? "met" : "MISSED" });
        System.out.printf(Locale.ROOT, "%-44s %-26s %-28s %-10s %-22s %s%n", benchmark, figure, baseline, ratio,
                target, met ? "met" : "MISSED");
    }

    // 1. single operation against the raw floor

    private void single() throws IOException {
        int warm = 1_000;
        int measured = 3_000;
        double[] engine = new double[3];
        double[] floor = new double[3];
        for (int trial = 0; trial < 3; trial++) {
            floor[trial] = floorSingle(work.resolve("floor-" + trial), warm, measured);
            try (Engines e = new Engines(work.resolve("single-" + trial))) {
                e.campaigns.create("b", null, Engines.OP);
                e.add("b", "i", warm + measured);
                for (int i = 0; i < warm; i++) {
                    e.moves.promote("b", Selection.of("i" + i), Engines.OP);
                }
                Timing t = new Timing(measured);
                for (int i = warm; i < warm + measured; i++) {
                    String id = "i" + i;
                    t.time(() -> e.moves.promote("b", Selection.of(id), Engines.OP));
                }
                engine[trial] = t.medianMicros();
            }
        }
        double e = median(engine);
        double f = median(floor);
        row("1 promote one influencer, committed", fmt(e) + " us", "MapDB put+commit " + PROMOTE_BYTES + " B: "
                + fmt(f) + " us", fmt(e / f) + "x", "within 2x of floor", e / f <= 2.0);
    }

    private static double floorSingle(Path file, int warm, int measured) {
        DB db = Engines.floor(file);
        try {
            BTreeMap<String, byte[]> map = db.treeMap("floor", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
            byte[] value = new byte[PROMOTE_BYTES];
            for (int i = 0; i < warm; i++) {
                map.put("w" + i, value);
                db.commit();
            }
            Timing t = new Timing(measured);
            for (int i = 0; i < measured; i++) {
                String key = "k" + i;
                t.time(() -> {
                    map.put(key, value);
                    db.commit();
                });
            }
            return t.medianMicros();
        } finally {
            db.close();
        }
    }

    // 2. bulk promote against MapDB writing the same records in one transaction

    private void bulk() {
        int n = 100_000;
        double[] engine = new double[3];
        double[] floor = new double[3];
        for (int trial = 0; trial < 3; trial++) {
            floor[trial] = floorBulk(work.resolve("bulk-floor-" + trial), n);
            try (Engines e = new Engines(work.resolve("bulk-" + trial))) {
                e.campaigns.create("b", null, Engines.OP);
                e.add("b", "i", n);
                long start = System.nanoTime();
                int moved = e.moves.promote("b", Selection.inStage("candidates"), Engines.OP).changed().size();
                engine[trial] = moved / seconds(start);
                if (moved != n) {
                    throw new IllegalStateException("moved " + moved + " of " + n);
                }
            }
        }
        double e = median(engine);
        double f = median(floor);
        row("2 promote 100,000 from one stage (1 tx)", fmt0(e) + " /s", "MapDB, same records, 1 commit: "
                + fmt0(f) + " /s", fmt(e / f) + "x", ">= 0.5x floor", e / f >= 0.5);
    }

    /**
     * The floor of a bulk promote: MapDB writing the records a promote writes, for {@code n} influencers, in one
     * transaction. Before the timing, the database holds what the engine's holds after adding them (participations
     * and stage index); timed: per influencer the participation rewritten, its index entry moved, a journal entry
     * and its index entry added; then four counters and one commit.
     */
    private static double floorBulk(Path file, int n) {
        DB db = Engines.floor(file);
        try {
            BTreeMap<String, byte[]> participations = db.treeMap("participations", Serializer.STRING,
                    Serializer.BYTE_ARRAY).createOrOpen();
            BTreeMap<String, byte[]> journal = db.treeMap("journal", Serializer.STRING, Serializer.BYTE_ARRAY)
                    .createOrOpen();
            BTreeMap<String, Long> counters = db.treeMap("counters", Serializer.STRING, Serializer.LONG).createOrOpen();
            java.util.NavigableSet<String> stageIndex = db.treeSet("stage-index", Serializer.STRING).createOrOpen();
            java.util.NavigableSet<String> journalIndex = db.treeSet("journal-index", Serializer.STRING)
                    .createOrOpen();
            byte[] participation = new byte[45];
            byte[] entry = new byte[70];
            for (int i = 0; i < n; i++) {
                participations.put("b\0i" + i, participation);
                stageIndex.add("b\0candidates\0i" + i);
            }
            db.commit();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String seq = String.format("%019d", i);
                participations.put("b\0i" + i, participation);
                stageIndex.remove("b\0candidates\0i" + i);
                stageIndex.add("b\0invited\0i" + i);
                journal.put("b\0" + seq, entry);
                journalIndex.add("b\0i" + i + "\0" + seq);
            }
            for (String key : List.of("count-candidates", "count-invited", "entered-invited", "journal-seq")) {
                counters.put(key, (long) n);
            }
            db.commit();
            return n / seconds(start);
        } finally {
            db.close();
        }
    }

    // 3. scale: the same operations at 1k, 100k and 1M influencers in one campaign

    private void scale() {
        int[] sizes = { 1_000, 100_000, 1_000_000 };
        double[][] figures = new double[sizes.length][3];
        Random random = new Random(42);
        for (int s = 0; s < sizes.length; s++) {
            int size = sizes[s];
            try (Engines e = new Engines(work.resolve("scale-" + size))) {
                e.campaigns.create("b", null, Engines.OP);
                long start = System.nanoTime();
                e.add("b", "i", size);
                notes.add(String.format(Locale.ROOT, "Adding %,d influencers took %.1f s (chunks of 100,000, one"
                        + " transaction each).", size, seconds(start)));
                Timing board = new Timing(300);
                for (int i = 0; i < 300; i++) {
                    board.time(() -> e.campaigns.board("b"));
                }
                Timing show = new Timing(3_000);
                for (int i = 0; i < 3_000; i++) {
                    String id = "i" + random.nextInt(size);
                    show.time(() -> e.influencers.get("b", id));
                }
                Timing promote = new Timing(500);
                for (int i = 0; i < 500; i++) {
                    String id = "i" + i;
                    promote.time(() -> e.moves.promote("b", Selection.of(id), Engines.OP));
                }
                figures[s] = new double[] { board.medianMicros(), show.medianMicros(), promote.medianMicros() };
                if (size == 1_000_000) {
                    System.gc();
                    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                    notes.add(String.format(Locale.ROOT, "At 1,000,000 influencers: heap in use after GC %d MB,"
                            + " process RSS %d MB, database file %d MB.", heap >> 20, rssKb() >> 10,
                            sizeOf(work.resolve("scale-" + size)) >> 20));
                }
            }
        }
        String[] names = { "campaign:show (board)", "influencer:show", "promote one influencer" };
        for (int op = 0; op < 3; op++) {
            double small = figures[0][op];
            double mid = figures[1][op];
            double large = figures[2][op];
            row("3 " + names[op] + " at 1M", fmt(large) + " us", "at 1k: " + fmt(small) + " us (100k: " + fmt(mid)
                    + ")", fmt(large / small) + "x", "1M within 2x of 1k", large / small <= 2.0);
        }
    }

    // 5. hot deploy: copy of a stage bundle into deploy/ to the stage being usable

    private void hotDeploy() throws Exception {
        HotDeploy.Result r = HotDeploy.measure(home, work.resolve("hot"), 7);
        row("5 hot deploy: copy to stage usable", fmt0(r.medianMillis()) + " ms", "FileInstall poll: "
                + r.pollMillis() + " ms", fmt(r.medianMillis() / r.pollMillis()) + "x poll", "< 1000 ms",
                r.medianMillis() < 1000);
    }

    // 6. the peer: Flowable, embedded, in-memory H2

    private void peer() throws Exception {
        int influencers = 10_000;
        double flowable = Peer.flowableMovesPerSecond(influencers);
        double ours;
        try (Engines e = new Engines(work.resolve("peer"))) {
            ours = Peer.stageflowMovesPerSecond(e, influencers);
        }
        row("6 10,000 through 5 manual stages", fmt0(ours) + " moves/s", "Flowable 7.1 + H2 mem: " + fmt0(flowable)
                + " moves/s", fmt(ours / flowable) + "x", ">= 10x Flowable", ours / flowable >= 10);
    }

    private void report(Path file) throws IOException {
        String machine = Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch");
        System.out.println("machine: " + machine);
        notes.forEach(System.out::println);
        if (file == null) {
            return;
        }
        StringBuilder md = new StringBuilder();
        md.append("# Performance\n\n");
        md.append("Written by the benchmark harness (`bench/run`, after `mvn install`) on ").append(LocalDate.now())
                .append(", ").append(machine).append(". Every figure stands next to a baseline measured in the same")
                .append(" run; the ratio is what to compare between machines. Medians of the samples; the harness")
                .append(" and what each benchmark does are in `bench/src/main/java/stageflow/bench/`.\n\n");
        md.append("| benchmark | Stageflow | baseline (same run) | ratio | target | |\n|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        md.append("\n");
        for (String note : notes) {
            md.append("- ").append(note).append('\n');
        }
        md.append("\n").append(Files.readString(home.resolve("bench/NOTES.md"), StandardCharsets.UTF_8));
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + file);
    }

    // helpers

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not Linux: reported as 0
        }
        return 0;
    }

    private static long sizeOf(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String fmt0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
