package org.opengazette.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Articles that the alignment in order left removed on one side and added on the other, paired
 * when they are nearly the same text: a retained article that moved or was renumbered is one row.
 * Then which paired rows stand out of the older version's order, that is, moved.
 */
final class MovedArticles {

    private MovedArticles() {}

    /** A candidate pair: a removed and an added row, by position in the matches, and how alike they are. */
    private record Candidate(int removed, int added, double similarity) {}

    /**
     * {@code matches} with each removed article paired with the added article most like it, at
     * least {@code threshold} alike; the most alike pairs first, each row paired once. The pair
     * stands where the added article stands.
     */
    static List<VersionComparison.Match> pair(
            List<VersionComparison.Match> matches,
            List<VersionComparison.Keyed> older,
            List<VersionComparison.Keyed> newer,
            double threshold) {
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            VersionComparison.Match match = matches.get(i);
            if (match.newer() < 0 && older.get(match.older()).provision().kind() == Provision.Kind.ARTICLE) {
                removed.add(i);
            } else if (match.older() < 0 && newer.get(match.newer()).provision().kind() == Provision.Kind.ARTICLE) {
                added.add(i);
            }
        }
        if (removed.isEmpty() || added.isEmpty() || threshold > 1) {
            return matches;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int r : removed) {
            InlineDiff.Text body = older.get(matches.get(r).older()).text();
            for (int a : added) {
                double similarity = InlineDiff.similarity(
                        body, newer.get(matches.get(a).newer()).text(), threshold);
                if (similarity >= threshold) {
                    candidates.add(new Candidate(r, a, similarity));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity)
                .reversed()
                .thenComparingInt(Candidate::added)
                .thenComparingInt(Candidate::removed));
        VersionComparison.Match[] paired = matches.toArray(VersionComparison.Match[]::new);
        boolean[] taken = new boolean[matches.size()];
        for (Candidate candidate : candidates) {
            if (!taken[candidate.removed()] && !taken[candidate.added()]) {
                taken[candidate.removed()] = true;
                taken[candidate.added()] = true;
                paired[candidate.added()] = new VersionComparison.Match(
                        matches.get(candidate.removed()).older(),
                        matches.get(candidate.added()).newer(),
                        false);
                paired[candidate.removed()] = null;
            }
        }
        List<VersionComparison.Match> result = new ArrayList<>();
        for (VersionComparison.Match match : paired) {
            if (match != null) {
                result.add(match);
            }
        }
        return result;
    }

    /**
     * For each match, true when it pairs an older and a newer provision out of the older order:
     * the rows kept in order are the heaviest increasing run of older positions, where a pair made
     * by the alignment in order outweighs all pairs of moved articles together, so that only
     * articles paired across the text are ever shown as moved.
     */
    static boolean[] outOfOrder(List<VersionComparison.Match> matches) {
        int n = matches.size();
        long inOrderWeight = n + 1L;
        long[] best = new long[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            VersionComparison.Match match = matches.get(i);
            previous[i] = -1;
            if (match.older() < 0 || match.newer() < 0) {
                continue;
            }
            long weight = match.inOrder() ? inOrderWeight : 1;
            best[i] = weight;
            for (int j = 0; j < i; j++) {
                VersionComparison.Match before = matches.get(j);
                if (best[j] > 0 && before.older() < match.older() && best[j] + weight > best[i]) {
                    best[i] = best[j] + weight;
                    previous[i] = j;
                }
            }
            if (end < 0 || best[i] > best[end]) {
                end = i;
            }
        }
        boolean[] moved = new boolean[n];
        for (int i = 0; i < n; i++) {
            VersionComparison.Match match = matches.get(i);
            moved[i] = match.older() >= 0 && match.newer() >= 0;
        }
        for (int i = end; i >= 0; i = previous[i]) {
            moved[i] = false;
        }
        return moved;
    }
}
