package stageflow.store.mapdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.WebhookRecord;

/** The webhook outbox on MapDB on disk (workflow-spec W-1, W-2, W-4). */
class OutboxStoreTest {
    @TempDir
    Path dir;

    @TempDir
    Path copy;

    private MapDbStore store;

    @BeforeEach
    void open() {
        store = new MapDbStore(dir);
        store.write(tx -> {
            tx.putWebhook(new WebhookRecord("w1", "http://127.0.0.1:9/in", "whsec_x", List.of(), 1L));
            tx.putWebhook(new WebhookRecord("w2", "http://127.0.0.1:9/two", "whsec_y", List.of("stage.changed"), 2L));
            return null;
        });
    }

    private List<DeliveryRecord> pending(String endpoint) {
        return store.read(tx -> tx.pendingDeliveries(endpoint, 10));
    }

    private java.util.Optional<DeliveryRecord> delivery(String id) {
        return store.read(tx -> tx.delivery(id));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static DeliveryRecord queued(String id, String endpoint, long seq) {
        return new DeliveryRecord(id, endpoint, 0, "stage.changed", "c1", seq, "{\"seq\":" + seq + "}",
                DeliveryRecord.PENDING, 0, 0, 10L, 10L);
    }

    @Test
    @DisplayName("W-2 each endpoint numbers its own outbox from 1; the pending index gives the oldest first")
    void numberedInOrder() {
        store.write(tx -> {
            for (int i = 1; i <= 3; i++) {
                tx.putDelivery(queued("a" + i, "w1", i));
                tx.putDelivery(queued("b" + i, "w2", i));
            }
            return null;
        });
        List<DeliveryRecord> outbox = store.read(tx -> tx.deliveries("w1", 1, 10));
        assertThat(outbox).extracting(DeliveryRecord::number, DeliveryRecord::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "a1"), org.assertj.core.groups.Tuple.tuple(2L,
                        "a2"), org.assertj.core.groups.Tuple.tuple(3L, "a3"));
        DeliveryRecord head = store.read(tx -> tx.pendingDeliveries("w1", 1)).get(0);
        store.write(tx -> tx.putDelivery(head.attempted(DeliveryRecord.DELIVERED, 200, 0)));
        assertThat(pending("w1")).extracting(DeliveryRecord::id)
                .containsExactly("a2", "a3");
        assertThat(delivery("a1").orElseThrow().status()).isEqualTo(DeliveryRecord.DELIVERED);
        assertThat(pending("w2")).hasSize(3);
        long counted = store.read(tx -> tx.pendingCount("w1"));
        assertThat(counted).as("counted from the index").isEqualTo(2);
    }

    @Test
    @DisplayName("W-1 a write that throws leaves no delivery; W-4 what committed is there after a reopen")
    void transactionalAndDurable() {
        assertThatThrownBy(() -> store.write(tx -> {
            tx.putDelivery(queued("lost", "w1", 1));
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        store.write(tx -> tx.putDelivery(queued("kept", "w1", 1)));
        store.close();
        store = new MapDbStore(dir);
        assertThat(delivery("lost")).isEmpty();
        assertThat(pending("w1")).extracting(DeliveryRecord::id, DeliveryRecord::number)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kept", 1L));
        List<WebhookRecord> endpoints = store.read(tx -> tx.webhooks());
        assertThat(endpoints).extracting(WebhookRecord::id).containsExactly("w1", "w2");
        assertThat(endpoints.get(1).events()).containsExactly("stage.changed");
    }

    @Test
    @DisplayName("removing an endpoint removes its outbox, its ids and its pending index; the other's stays")
    void removal() {
        store.write(tx -> {
            tx.putDelivery(queued("a1", "w1", 1));
            tx.putDelivery(queued("b1", "w2", 1));
            tx.removeWebhook("w1");
            return null;
        });
        java.util.Optional<WebhookRecord> gone = store.read(tx -> tx.webhook("w1"));
        assertThat(gone).isEmpty();
        assertThat(delivery("a1")).isEmpty();
        assertThat(pending("w1")).isEmpty();
        assertThat(pending("w2")).hasSize(1);
    }

    @Test
    @DisplayName("a backup holds the outbox: endpoints, deliveries and what is pending")
    void backup() throws Exception {
        store.write(tx -> tx.putDelivery(queued("a1", "w1", 1)));
        store.backup(copy.resolve(MapDbStore.DATABASE_FILE));
        store.close();
        store = new MapDbStore(copy);
        assertThat(pending("w1")).extracting(DeliveryRecord::id)
                .containsExactly("a1");
    }
}
