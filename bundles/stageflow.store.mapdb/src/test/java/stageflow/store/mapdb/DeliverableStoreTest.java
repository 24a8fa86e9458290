package stageflow.store.mapdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import stageflow.api.CampaignStatus;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliverableRecord;

class DeliverableStoreTest {
    @TempDir
    Path dir;

    private MapDbStore store;

    @BeforeEach
    void open() {
        store = new MapDbStore(dir);
        store.write(tx -> {
            tx.putCampaign(new CampaignRecord("c1", "c1", CampaignStatus.DRAFT, 0, List.of()));
            tx.putCampaign(new CampaignRecord("c2", "c2", CampaignStatus.DRAFT, 0, List.of()));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static DeliverableRecord deliverable(String campaign, String owner, String id) {
        return new DeliverableRecord(campaign, owner, id, "content", "tiktok", 2, null, "2026-12-01", "two posts",
                owner != null, null);
    }

    @Test
    @DisplayName("D-2 campaign-level and influencer-level lists are kept apart, per campaign, and survive reopening")
    void lists() {
        store.write(tx -> {
            tx.putDeliverable(deliverable("c1", null, "d1"));
            tx.putDeliverable(deliverable("c1", "ana", "d1"));
            tx.putDeliverable(deliverable("c1", "ana", "d2"));
            tx.putDeliverable(deliverable("c2", "ana", "d1"));
            return null;
        });
        store.close();
        store = new MapDbStore(dir);
        store.read(tx -> {
            assertThat(tx.deliverables("c1", null)).containsExactly(deliverable("c1", null, "d1"));
            assertThat(tx.deliverables("c1", "ana")).extracting(DeliverableRecord::id).containsExactly("d1", "d2");
            assertThat(tx.deliverables("c1", "ben")).isEmpty();
            assertThat(tx.deliverables("c2", "ana")).hasSize(1);
            return null;
        });
    }

    @Test
    @DisplayName("D-1 deliverable numbers are unique per campaign and never reused after a rollback")
    void numbers() {
        assertThat(next("c1")).isEqualTo(1L);
        List<Long> two = store.write(tx -> List.of(tx.nextDeliverableNumber("c1"), tx.nextDeliverableNumber("c1")));
        assertThat(two).containsExactly(2L, 3L);
        Long simulated = store.simulate(tx -> tx.nextDeliverableNumber("c1"));
        assertThat(simulated).isEqualTo(4L);
        assertThat(next("c1")).as("the simulation left nothing").isEqualTo(4L);
        assertThat(next("c2")).isEqualTo(1L);
    }

    private List<DeliverableRecord> list(String campaign, String owner) {
        List<DeliverableRecord> list = store.read(tx -> tx.deliverables(campaign, owner));
        return list;
    }

    private long next(String campaign) {
        Long n = store.write(tx -> tx.nextDeliverableNumber(campaign));
        return n;
    }

    @Test
    @DisplayName("removing a deliverable and deleting a campaign remove exactly what they name")
    void removal() {
        store.write(tx -> {
            tx.putDeliverable(deliverable("c1", "ana", "d1"));
            tx.putDeliverable(deliverable("c1", "ana", "d2"));
            tx.putDeliverable(deliverable("c2", null, "d1"));
            tx.nextDeliverableNumber("c1");
            return null;
        });
        store.write(tx -> {
            tx.removeDeliverable("c1", "ana", "d1");
            return null;
        });
        assertThat(list("c1", "ana")).extracting(DeliverableRecord::id).containsExactly("d2");
        store.write(tx -> {
            tx.deleteCampaign("c1");
            return null;
        });
        assertThat(list("c1", "ana")).isEmpty();
        assertThat(list("c2", null)).hasSize(1);
        assertThat(next("c1")).isEqualTo(1L);
    }
}
