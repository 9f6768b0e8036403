package org.opengazette.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean": the known value closest to a mistyped one, by edit distance. */
public final class Suggestion {
    private Suggestion() {
    }

    /**
     * The candidate nearest to {@code input}, when it is near enough to be a likely typo: at most
     * a third of the longer text differs (at least one character), or one contains the other.
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(input, candidate);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.max(input.length(), best.length()) / 3);
        boolean contains = !input.isEmpty() && (best.contains(input) || input.contains(best));
        return bestDistance <= allowed || contains ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance over UTF-16 code units (enough for CJK, which is in the BMP). */
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
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
