package stageflow.store.mapdb;

import java.util.HashMap;
import java.util.Map;

import org.mapdb.BTreeMap;

/**
 * A transaction's counter changes, summed in memory and written once at the end, so a bulk operation over 100,000
 * influencers writes each counter once instead of 100,000 times. Reads see the stored value plus the changes.
 */
final class Counters {
    private final BTreeMap<String, Long> stored;
    private final Map<String, Long> deltas = new HashMap<>();

    Counters(BTreeMap<String, Long> stored) {
        this.stored = stored;
    }

    long get(String key) {
        return stored.getOrDefault(key, 0L) + deltas.getOrDefault(key, 0L);
    }

    void add(String key, long delta) {
        deltas.merge(key, delta, Long::sum);
    }

    /** The next number of a sequence kept under {@code key}, from 1. */
    long next(String key) {
        add(key, 1);
        return get(key);
    }

    /** Forgets a counter, stored and changed. */
    void remove(String key) {
        stored.remove(key);
        deltas.remove(key);
    }

    /** Forgets every counter under a key prefix ({@link Keys#prefix}). */
    void removeAll(String prefix) {
        stored.subMap(prefix, true, Keys.end(prefix), false).clear();
        deltas.keySet().removeIf(key -> key.startsWith(prefix));
    }

    /** Writes the summed changes; called once, just before commit. */
    void flush() {
        deltas.forEach((key, delta) -> {
            if (delta != 0) {
                long value = stored.getOrDefault(key, 0L) + delta;
                if (value == 0) {
                    stored.remove(key);
                } else {
                    stored.put(key, value);
                }
            }
        });
        deltas.clear();
    }
}
