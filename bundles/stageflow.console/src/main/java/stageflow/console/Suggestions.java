package stageflow.console;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** "Did you mean": the known names closest to a mistyped one, by edit distance, whole or after the scope. */
final class Suggestions {
    private static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /** Up to three names within two edits of {@code typed} (or of its function part), closest first. */
    static List<String> closest(String typed, Collection<String> names) {
        String function = typed.substring(typed.indexOf(':') + 1);
        return names.stream()
                .filter(n -> distance(typed, n) <= MAX_DISTANCE || (!typed.contains(":")
                        && distance(function, n.substring(n.indexOf(':') + 1)) <= MAX_DISTANCE))
                .sorted(Comparator.comparingInt((String n) -> Math.min(distance(typed, n),
                        distance(function, n.substring(n.indexOf(':') + 1)))).thenComparing(n -> n))
                .limit(3).toList();
    }

    /** " (did you mean a or b?)", or nothing. */
    static String phrase(String typed, Collection<String> names) {
        List<String> close = closest(typed, names);
        return close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
