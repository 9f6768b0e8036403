package org.opengazette.diagnostic;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;

/**
 * "Did you mean": the known value closest to a mistyped one, by edit distance, offered only when
 * it is close enough to be a typo. No suggestion is better than a wrong one.
 */
public final class Suggestion {
    private Suggestion() {}

    /**
     * The candidate nearest to {@code input}, when it is near enough to be a likely typo: at most
     * two characters differ, and at most a third of the longer text (at least one character).
     * A name that merely contains another (国务院办公厅, 国务院) names something else.
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
        int allowed = Math.max(1, Math.min(2, Math.max(input.length(), best.length()) / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The document id nearest to a reference, only when it carries the same numbers: a reference
     * that differs in a year or a serial number names another document, never a typo of this one.
     */
    public static Optional<String> closestReference(String input, Collection<String> ids) {
        return closest(
                input,
                ids.stream().filter(id -> numbers(id).equals(numbers(input))).toList());
    }

    /**
     * The authority nearest to a mistyped issuer, among those of the same region (威海市… is never
     * told 上海市…), comparing names with their abbreviations written out (人大常委会).
     */
    public static Optional<String> closestAuthority(String input, Collection<String> names) {
        String typed = AuthorityName.normalized(input);
        String region = AuthorityName.region(typed);
        TreeMap<String, String> sameRegion = new TreeMap<>();
        for (String name : names) {
            String full = AuthorityName.normalized(name);
            if (AuthorityName.region(full).equals(region)) {
                sameRegion.putIfAbsent(full, name);
            }
        }
        return closest(typed, sameRegion.keySet()).map(sameRegion::get);
    }

    private static String numbers(String text) {
        return text.replaceAll("\\D+", " ").strip();
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
