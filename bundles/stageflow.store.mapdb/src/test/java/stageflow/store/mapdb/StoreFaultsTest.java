package stageflow.store.mapdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static stageflow.store.mapdb.MapDbStoreTest.campaign;
import static stageflow.store.mapdb.MapDbStoreTest.entry;
import static stageflow.store.mapdb.MapDbStoreTest.in;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import stageflow.api.WorkflowException;

/** Issue 5, store faults: a clear message, and the database file never overwritten; backups and restoring them. */
class StoreFaultsTest {
    @TempDir
    Path dir;

    MapDbStore store;

    @BeforeEach
    void filled() {
        store = new MapDbStore(dir.resolve("data"));
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            for (int i = 0; i < 500; i++) {
                tx.putParticipation(in("c1", "i" + i, i % 2 == 0 ? "candidates" : "negotiation"));
                tx.append("c1", entry("i" + i, null, "candidates"));
            }
            tx.putData("c1", "i1", "shipping.address", "1 Main St");
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Everything the store holds, read through its own API. */
    private static List<Object> content(MapDbStore s) {
        return s.read(tx -> {
            List<Object> all = new ArrayList<>();
            all.add(tx.campaigns());
            all.add(tx.participations("c1"));
            all.add(tx.journal("c1", null));
            all.add(tx.count("c1", "candidates"));
            all.add(tx.count("c1", "negotiation"));
            all.add(tx.influencersIn("c1", "negotiation"));
            all.add(tx.members("c1"));
            all.add(tx.data("c1", "i1"));
            return all;
        });
    }

    @Test
    @DisplayName("store:backup: an online copy that opens, as the only file of a new data directory, as it was")
    void backupAndRestore() throws Exception {
        Path backup = dir.resolve("backup.db");
        long size = store.backup(backup);
        assertThat(size).isPositive().isEqualTo(Files.size(backup));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("data", "backup.db");
        }
        store.write(tx -> {
            tx.putParticipation(in("c1", "late", "candidates"));
            return null;
        });

        List<Object> expected = content(store);
        try (MapDbStore again = restored(backup, "restored")) {
            List<Object> got = content(again);
            assertThat(got).as("the backup has everything but what came after it").isNotEqualTo(expected);
            Map<String, String> data = again.read(tx -> tx.data("c1", "i1"));
            assertThat(data).containsEntry("shipping.address", "1 Main St");
            long members = again.read(tx -> tx.members("c1"));
            assertThat(members).isEqualTo(500);
        }
    }

    @Test
    @DisplayName("a backup equals the store at its moment, byte for byte in content")
    void backupEqualsSource() throws Exception {
        Path backup = dir.resolve("exact.db");
        List<Object> before = content(store);
        store.backup(backup);
        try (MapDbStore again = restored(backup, "exact")) {
            assertThat(content(again)).isEqualTo(before);
        }
    }

    /** The restore of the operator guide: the backup as the only file of a new data directory, opened. */
    private MapDbStore restored(Path backup, String directory) throws Exception {
        Path restored = Files.createDirectories(dir.resolve(directory));
        Files.copy(backup, restored.resolve(MapDbStore.DATABASE_FILE));
        return new MapDbStore(restored);
    }

    @Test
    @DisplayName("a backup never overwrites a file, and needs an existing folder")
    void backupRefusals() throws Exception {
        Path taken = Files.writeString(dir.resolve("taken.db"), "somebody's file");
        assertThatThrownBy(() -> store.backup(taken)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("exists; name a new file");
        assertThat(Files.readString(taken)).isEqualTo("somebody's file");
        assertThatThrownBy(() -> store.backup(dir.resolve("nowhere/b.db"))).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    @DisplayName("a truncated database file is reported and left untouched")
    void truncatedFile() throws Exception {
        byte[] whole = closedFile();
        refusedUntouched(Arrays.copyOf(whole, whole.length / 2), "cannot be opened", "left untouched");
    }

    @Test
    @DisplayName("a database file with corrupted bytes inside is reported and left untouched")
    void corruptedInside() throws Exception {
        byte[] bytes = closedFile();
        // keep the header, scramble the store's index page that follows it
        for (int i = 16; i < Math.min(bytes.length, 4096); i++) {
            bytes[i] = (byte) (bytes[i] ^ 0x5A);
        }
        refusedUntouched(bytes, "left untouched");
    }

    /** Closes the store and returns its database file's bytes. */
    private byte[] closedFile() throws Exception {
        store.close();
        return Files.readAllBytes(dir.resolve("data").resolve(MapDbStore.DATABASE_FILE));
    }

    /**
     * Writes {@code damaged} as the database file without its log, and asserts that opening it is refused in one line
     * saying {@code message} and that the file is left as it was.
     */
    private void refusedUntouched(byte[] damaged, String... message) throws Exception {
        Path data = dir.resolve("data");
        Path file = data.resolve(MapDbStore.DATABASE_FILE);
        Files.write(file, damaged);
        try (Stream<Path> files = Files.list(data)) {
            for (Path p : files.filter(p -> p.getFileName().toString().contains(".wal.")).toList()) {
                Files.delete(p);
            }
        }
        assertThatThrownBy(() -> new MapDbStore(data)).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContainingAll(message).hasMessageNotContaining("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        store = new MapDbStore(dir.resolve("other"));
    }

    @Test
    @DisplayName("a read-only data directory is reported with the way forward")
    void readOnlyDirectory() throws Exception {
        Path readOnly = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes into any directory whatever its mode; /proc refuses everybody
        Path unwritable = "root".equals(System.getProperty("user.name")) ? Path.of("/proc/self/stageflow-data")
                : readOnly;
        try {
            assertThatThrownBy(() -> new MapDbStore(unwritable)).isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("cannot use data directory").hasMessageContaining("writable");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
