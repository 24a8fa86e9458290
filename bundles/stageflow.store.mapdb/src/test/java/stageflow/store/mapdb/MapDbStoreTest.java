package stageflow.store.mapdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import stageflow.api.CampaignStatus;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StageSlot;

class MapDbStoreTest {
    @TempDir
    Path dir;

    private MapDbStore store;

    @BeforeEach
    void open() {
        store = new MapDbStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static CampaignRecord campaign(String id) {
        return new CampaignRecord(id, "Spring launch", CampaignStatus.DRAFT, 1L,
                List.of(new StageSlot("candidates", true, null), new StageSlot("negotiation", false, "Negotiation"),
                        new StageSlot("dropped", true, null)));
    }

    static ParticipationRecord in(String campaign, String influencer, String stage) {
        return new ParticipationRecord(campaign, influencer, "Ana B", "ana@example.com", stage, null, 5L);
    }

    static JournalRecord entry(String influencer, String from, String to) {
        return new JournalRecord(0, 7L, influencer, from, to, "manual", "op", null, null);
    }

    @Test
    @DisplayName("records come back exactly as written, with plain values only")
    void roundTrip() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            tx.putParticipation(in("c1", "ana", "candidates"));
            tx.append("c1", new JournalRecord(0, 9L, "ana", null, "candidates", "manual", "op", "ü".repeat(70_000),
                    "d1: count 1 -> 2"));
            return null;
        });
        store.read(tx -> {
            assertThat(tx.campaign("c1")).contains(campaign("c1"));
            assertThat(tx.participation("c1", "ana")).contains(in("c1", "ana", "candidates"));
            assertThat(tx.journal("c1", null)).singleElement()
                    .satisfies(e -> assertThat(e.seq()).isEqualTo(1))
                    .satisfies(e -> assertThat(e.reason()).hasSize(70_000))
                    .satisfies(e -> assertThat(e.detail()).isEqualTo("d1: count 1 -> 2"));
            return null;
        });
    }

    @Test
    @DisplayName("stage counters, entered counters and the stage index follow every move")
    void countersFollowMoves() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            tx.putParticipation(in("c1", "ana", "candidates"));
            tx.putParticipation(in("c1", "ben", "candidates"));
            return null;
        });
        store.write(tx -> {
            tx.putParticipation(in("c1", "ana", "invited"));
            assertThat(tx.count("c1", "candidates")).as("visible inside the transaction").isEqualTo(1);
            return null;
        });
        store.read(tx -> {
            assertThat(tx.count("c1", "candidates")).isEqualTo(1);
            assertThat(tx.count("c1", "invited")).isEqualTo(1);
            assertThat(tx.entered("c1", "candidates")).isEqualTo(2);
            assertThat(tx.entered("c1", "invited")).isEqualTo(1);
            assertThat(tx.members("c1")).isEqualTo(2);
            assertThat(tx.influencersIn("c1", "candidates")).containsExactly("ben");
            assertThat(tx.influencersIn("c1", "invited")).containsExactly("ana");
            return null;
        });
    }

    @Test
    @DisplayName("a write that throws leaves nothing behind")
    void rollbackOnFailure() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            return null;
        });
        assertThatThrownBy(() -> store.write(tx -> {
            tx.putParticipation(in("c1", "ana", "candidates"));
            tx.append("c1", entry("ana", null, "candidates"));
            throw new IllegalStateException("refused half-way");
        })).hasMessage("refused half-way");
        store.read(tx -> {
            assertThat(tx.participation("c1", "ana")).isEmpty();
            assertThat(tx.count("c1", "candidates")).isZero();
            assertThat(tx.members("c1")).isZero();
            assertThat(tx.journal("c1", null)).isEmpty();
            return null;
        });
        // the journal sequence did not advance either
        JournalRecord next = store.write(tx -> tx.append("c1", entry("ana", null, "candidates")));
        assertThat(next.seq()).isEqualTo(1);
    }

    @Test
    @DisplayName("a simulation sees its own changes and stores none")
    void simulation() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            return null;
        });
        Long seen = store.simulate(tx -> {
            tx.putParticipation(in("c1", "ana", "candidates"));
            return tx.count("c1", "candidates");
        });
        assertThat(seen).isEqualTo(1L);
        Long members = store.read(tx -> tx.members("c1"));
        assertThat(members).isZero();
    }

    @Test
    @DisplayName("committed data survives closing and reopening the database")
    void durable() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            tx.putParticipation(in("c1", "ana", "candidates"));
            tx.append("c1", entry("ana", null, "candidates"));
            return null;
        });
        store.close();
        store = new MapDbStore(dir);
        store.read(tx -> {
            assertThat(tx.campaign("c1")).isPresent();
            assertThat(tx.count("c1", "candidates")).isEqualTo(1);
            assertThat(tx.journal("c1", "ana")).hasSize(1);
            return null;
        });
    }

    @Test
    @DisplayName("a second store on the same data directory is refused and names the holder")
    void secondOpenerRefused() {
        assertThatThrownBy(() -> new MapDbStore(dir))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("is in use by Stageflow pid " + ProcessHandle.current().pid())
                .hasMessageContaining("--data");
    }

    @Test
    @DisplayName("a corrupted database file is reported and left untouched")
    void corruptFile() throws Exception {
        store.close();
        Path file = dir.resolve(MapDbStore.DATABASE_FILE);
        byte[] garbage = "this is not a MapDB file, but it is somebody's data".getBytes();
        Files.write(file, garbage);
        Files.deleteIfExists(dir.resolve(MapDbStore.DATABASE_FILE + ".wal.0"));
        assertThatThrownBy(() -> new MapDbStore(dir))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("cannot be opened").hasMessageContaining("left untouched");
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
        store = new MapDbStore(dir.resolve("other"));
    }

    @Test
    @DisplayName("deleting a campaign removes its influencers, journal, index and counters, and nothing else")
    void deleteCampaign() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            tx.putCampaign(campaign("c10"));
            tx.putParticipation(in("c1", "ana", "candidates"));
            tx.putParticipation(in("c10", "ana", "candidates"));
            tx.append("c1", entry("ana", null, "candidates"));
            tx.append("c10", entry("ana", null, "candidates"));
            return null;
        });
        store.write(tx -> {
            tx.deleteCampaign("c1");
            return null;
        });
        store.read(tx -> {
            assertThat(tx.campaigns()).extracting(CampaignRecord::id).containsExactly("c10");
            assertThat(tx.participations("c1")).isEmpty();
            assertThat(tx.journal("c1", null)).isEmpty();
            assertThat(tx.influencersIn("c1", "candidates")).isEmpty();
            assertThat(tx.count("c1", "candidates")).isZero();
            assertThat(tx.members("c1")).isZero();
            assertThat(tx.participations("c10")).hasSize(1);
            assertThat(tx.count("c10", "candidates")).isEqualTo(1);
            assertThat(tx.journal("c10", "ana")).hasSize(1);
            return null;
        });
    }

    @Test
    @DisplayName("influencer data: set, overwritten, removed, kept per influencer, durable, deleted with its campaign")
    void influencerData() {
        store.write(tx -> {
            tx.putCampaign(campaign("c1"));
            tx.putCampaign(campaign("c10"));
            tx.putData("c1", "ana", "shipping.address", "1 Main St");
            tx.putData("c1", "ana", "shipping.tracking", "1Z999");
            tx.putData("c1", "anabel", "shipping.address", "elsewhere");
            tx.putData("c10", "ana", "shipping.address", "other campaign");
            return null;
        });
        store.write(tx -> {
            tx.putData("c1", "ana", "shipping.address", "2 Main St");
            tx.putData("c1", "ana", "shipping.tracking", null);
            return null;
        });
        store.close();
        store = new MapDbStore(dir);
        Map<String, String> ana = store.read(tx -> tx.data("c1", "ana"));
        assertThat(ana).containsExactly(Map.entry("shipping.address", "2 Main St"));
        store.write(tx -> {
            tx.deleteCampaign("c1");
            return null;
        });
        Map<String, String> gone = store.read(tx -> tx.data("c1", "anabel"));
        Map<String, String> kept = store.read(tx -> tx.data("c10", "ana"));
        assertThat(gone).isEmpty();
        assertThat(kept).containsExactly(Map.entry("shipping.address", "other campaign"));
    }

    @Test
    @DisplayName("the data directory comes from configuration, then the launcher's property, then Karaf's data folder, then ./data")
    void dataDirectory() {
        assertThat(MapDbStoreComponent.dataDirectory("/srv/x", "/tmp/y", "/k")).isEqualTo(Path.of("/srv/x"));
        assertThat(MapDbStoreComponent.dataDirectory("", "/tmp/y", "/k")).isEqualTo(Path.of("/tmp/y"));
        assertThat(MapDbStoreComponent.dataDirectory(null, null, "/opt/karaf/data"))
                .as("inside Apache Karaf").isEqualTo(Path.of("/opt/karaf/data/stageflow"));
        assertThat(MapDbStoreComponent.dataDirectory(null, null, null)).isEqualTo(Path.of("data"));
    }
}
