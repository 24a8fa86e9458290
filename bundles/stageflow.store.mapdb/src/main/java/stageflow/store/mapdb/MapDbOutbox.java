package stageflow.store.mapdb;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.SortedMap;

import stageflow.store.spi.DeliveryRecord;
import stageflow.store.spi.WebhookRecord;

/**
 * Webhook endpoints and their outboxes in the store's maps: deliveries keyed by (endpoint, number) so an outbox
 * reads in order, an id index, and an index of the pending ones so the next delivery is found without a scan.
 * Numbering and the write check are the transaction's ({@link MapDbTransaction}).
 */
final class MapDbOutbox {
    private final StoreMaps maps;

    MapDbOutbox(StoreMaps maps) {
        this.maps = maps;
    }

    List<WebhookRecord> webhooks() {
        List<WebhookRecord> result = new ArrayList<>();
        maps.webhooks().values().forEach(bytes -> result.add(OutboxCodec.webhook(bytes)));
        return result;
    }

    Optional<WebhookRecord> webhook(String id) {
        byte[] bytes = maps.webhooks().get(id);
        return bytes == null ? Optional.empty() : Optional.of(OutboxCodec.webhook(bytes));
    }

    List<DeliveryRecord> deliveries(String endpoint, long from, int max) {
        String prefix = Keys.prefix(endpoint);
        return maps.deliveries().subMap(Keys.of(endpoint, Keys.seq(from)), true, Keys.end(prefix), false).values()
                .stream().limit(max).map(OutboxCodec::delivery).toList();
    }

    List<DeliveryRecord> pending(String endpoint, int max) {
        return pendingKeys(endpoint).stream().limit(max).map(key -> OutboxCodec.delivery(maps.deliveries().get(key)))
                .toList();
    }

    long pendingCount(String endpoint) {
        return pendingKeys(endpoint).size();
    }

    Optional<DeliveryRecord> delivery(String id) {
        String key = maps.deliveryIds().get(id);
        return key == null ? Optional.empty() : Optional.of(OutboxCodec.delivery(maps.deliveries().get(key)));
    }

    void putWebhook(WebhookRecord webhook) {
        maps.webhooks().put(webhook.id(), OutboxCodec.webhook(webhook));
    }

    void removeWebhook(String id) {
        maps.webhooks().remove(id);
        String prefix = Keys.prefix(id);
        SortedMap<String, byte[]> outbox = maps.deliveries().subMap(prefix, Keys.end(prefix));
        outbox.values().forEach(bytes -> maps.deliveryIds().remove(OutboxCodec.delivery(bytes).id()));
        outbox.clear();
        pendingKeys(id).clear();
    }

    /** Stores a numbered delivery in its place, the pending index following its status. */
    DeliveryRecord putDelivery(DeliveryRecord delivery) {
        String key = Keys.of(delivery.endpoint(), Keys.seq(delivery.number()));
        maps.deliveries().put(key, OutboxCodec.delivery(delivery));
        maps.deliveryIds().put(delivery.id(), key);
        if (delivery.status().equals(DeliveryRecord.PENDING)) {
            maps.pending().add(key);
        } else {
            maps.pending().remove(key);
        }
        return delivery;
    }

    private NavigableSet<String> pendingKeys(String endpoint) {
        String prefix = Keys.prefix(endpoint);
        return maps.pending().subSet(prefix, true, Keys.end(prefix), false);
    }
}
