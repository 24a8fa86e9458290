package stageflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * Profiling aid behind the scale figures: what one put + commit costs in MapDB as the database grows, with the
 * store's memory-mapped volume and with a file-channel volume. Run: java -cp ... stageflow.bench.CommitProbe
 */
public final class CommitProbe {
    private CommitProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("commit-probe");
        probe("mmap", work, file -> DBMaker.fileDB(file.toFile()).fileMmapEnableIfSupported().cleanerHackEnable()
                .transactionEnable().make());
        probe("channel", work, file -> DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make());
    }

    private static void probe(String name, Path work, Function<Path, DB> open) {
        for (int size : new int[] { 1_000, 100_000, 1_000_000 }) {
            DB db = open.apply(work.resolve(name + "-" + size + ".db"));
            try {
                BTreeMap<String, byte[]> map = db.treeMap("m", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
                byte[] value = new byte[Main.PROMOTE_BYTES];
                long start = System.nanoTime();
                for (int i = 0; i < size; i++) {
                    map.put("fill" + i, value);
                    if (i % 100_000 == 99_999) {
                        db.commit();
                    }
                }
                db.commit();
                double fillSeconds = Main.seconds(start);
                Timing t = new Timing(300);
                for (int i = 0; i < 300; i++) {
                    String key = "k" + i;
                    t.time(() -> {
                        map.put(key, value);
                        db.commit();
                    });
                }
                System.out.printf("%-8s %,10d records: fill %.1f s, put+commit median %.0f us%n", name, size,
                        fillSeconds, t.medianMicros());
            } finally {
                db.close();
            }
        }
    }
}
