package stageflow.engine.influencer;

import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;

import stageflow.api.WorkflowException;
import stageflow.api.Ids;

/**
 * Changes to an influencer's recorded data: checked before anything is read, then compared with what is stored so
 * that only real changes are written and journaled. Pure: nothing here touches the store.
 */
public final class DataChanges {
    private DataChanges() {
    }

    /** Checked changes, ordered by key; an empty value means "remove". */
    public static Map<String, String> checked(Map<String, String> changes) {
        if (changes == null || changes.isEmpty()) {
            throw WorkflowException.invalid("name at least one key=value to record (an empty value removes the key)");
        }
        Map<String, String> result = new TreeMap<>();
        changes.forEach((key, value) -> result.put(Ids.dataKey(key), Objects.requireNonNullElse(
                Ids.text("value of " + key, value), "")));
        return result;
    }

    /** The changes that differ from {@code stored}; an empty value stands for a removal. */
    public static Map<String, String> effective(Map<String, String> stored, Map<String, String> changes) {
        Map<String, String> result = new TreeMap<>();
        changes.forEach((key, value) -> {
            if (!value.equals(stored.getOrDefault(key, ""))) {
                result.put(key, value);
            }
        });
        return result;
    }

    /** {@code stored} with {@code effective} applied. */
    public static Map<String, String> applied(Map<String, String> stored, Map<String, String> effective) {
        Map<String, String> result = new TreeMap<>(stored);
        effective.forEach((key, value) -> {
            if (value.isEmpty()) {
                result.remove(key);
            } else {
                result.put(key, value);
            }
        });
        return result;
    }

    /** The journal's detail (E-1): what changed, one line. */
    public static String detail(Map<String, String> stored, Map<String, String> effective) {
        StringJoiner line = new StringJoiner(", ", "data ", "");
        effective.forEach((key, value) -> {
            String before = stored.get(key);
            if (value.isEmpty()) {
                line.add(key + " removed (was '" + before + "')");
            } else if (before == null) {
                line.add(key + " = '" + value + "'");
            } else {
                line.add(key + " '" + before + "' -> '" + value + "'");
            }
        });
        return line.toString();
    }
}
