package org.opengazette.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two bodies provision by provision. Provisions with the same kind and body are
 * unchanged (even if renumbered); inside a changed region, each older provision is paired with
 * the most similar newer one that keeps the order, and paired provisions are compared character by
 * character. Unpaired provisions were removed or added.
 */
public final class VersionComparison {
    /** How alike two provisions must be (share of characters in common) to count as one changed provision. */
    private static final double PAIRING_THRESHOLD = 0.4;
    /** How far ahead a removed provision looks for its counterpart, keeping big rewrites linear. */
    private static final int PAIRING_WINDOW = 8;

    private VersionComparison() {}

    /** The rows of the comparison, in the order of the newer version (removed provisions where they stood). */
    public static List<ComparedProvision> compare(List<Provision> older, List<Provision> newer) {
        Patch<Provision> patch = DiffUtils.diff(
                older, newer, (a, b) -> a.kind() == b.kind() && a.body().equals(b.body()));
        List<ComparedProvision> rows = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<Provision> delta : patch.getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                rows.add(unchanged(older.get(oldIndex++), newer.get(newIndex++)));
            }
            rows.addAll(changedRegion(
                    delta.getSource().getLines(), delta.getTarget().getLines()));
            oldIndex += delta.getSource().size();
            newIndex += delta.getTarget().size();
        }
        while (oldIndex < older.size()) {
            rows.add(unchanged(older.get(oldIndex++), newer.get(newIndex++)));
        }
        return List.copyOf(rows);
    }

    /**
     * Character-level runs between two texts. Half-width and full-width forms of the same
     * punctuation ({@code (} and {@code （}, {@code ,} and {@code ，} …) count as equal, since
     * transcriptions of the same official text differ in them; equal runs show the newer text.
     */
    public static List<Segment> inline(String older, String newer) {
        List<Character> a = characters(older);
        List<Character> b = characters(newer);
        Patch<Character> patch = DiffUtils.diff(a, b, (x, y) -> x.folded() == y.folded());
        List<Segment> segments = new ArrayList<>();
        int newIndex = 0;
        for (AbstractDelta<Character> delta : patch.getDeltas()) {
            append(
                    segments,
                    Segment.Type.EQUAL,
                    b.subList(newIndex, delta.getTarget().getPosition()));
            append(segments, Segment.Type.DELETED, delta.getSource().getLines());
            append(segments, Segment.Type.INSERTED, delta.getTarget().getLines());
            newIndex = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        append(segments, Segment.Type.EQUAL, b.subList(newIndex, b.size()));
        return List.copyOf(segments);
    }

    /** A character as written, and folded to its full-width form for comparison. */
    private record Character(int codePoint, int folded) {}

    private static List<Character> characters(String text) {
        return text.codePoints().mapToObj(c -> new Character(c, widthFolded(c))).toList();
    }

    /** ASCII punctuation in its full-width form (U+FF01–FF5E), so that {@code (} equals {@code （}. */
    private static int widthFolded(int c) {
        return c >= 0x21 && c <= 0x7E && !java.lang.Character.isLetterOrDigit(c) ? c + 0xFEE0 : c;
    }

    private static List<ComparedProvision> changedRegion(List<Provision> removed, List<Provision> added) {
        List<ComparedProvision> rows = new ArrayList<>();
        int next = 0;
        for (Provision old : removed) {
            int best = -1;
            double bestSimilarity = PAIRING_THRESHOLD;
            for (int candidate = next; candidate < Math.min(added.size(), next + PAIRING_WINDOW); candidate++) {
                Provision neu = added.get(candidate);
                double similarity = neu.kind() == old.kind() ? similarity(old.body(), neu.body()) : 0;
                if (similarity > bestSimilarity) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0) {
                rows.add(new ComparedProvision(
                        ComparedProvision.Change.REMOVED,
                        old.label(),
                        "",
                        List.of(new Segment(Segment.Type.DELETED, old.text()))));
                continue;
            }
            while (next < best) {
                rows.add(addedRow(added.get(next++)));
            }
            Provision neu = added.get(next++);
            rows.add(new ComparedProvision(
                    ComparedProvision.Change.CHANGED, old.label(), neu.label(), inline(old.text(), neu.text())));
        }
        while (next < added.size()) {
            rows.add(addedRow(added.get(next++)));
        }
        return rows;
    }

    private static ComparedProvision addedRow(Provision provision) {
        return new ComparedProvision(
                ComparedProvision.Change.ADDED,
                "",
                provision.label(),
                List.of(new Segment(Segment.Type.INSERTED, provision.text())));
    }

    private static ComparedProvision unchanged(Provision old, Provision neu) {
        return new ComparedProvision(
                ComparedProvision.Change.UNCHANGED,
                old.label(),
                neu.label(),
                List.of(new Segment(Segment.Type.EQUAL, neu.text())));
    }

    /**
     * How alike two texts are, 0 to 1: the share of characters in the equal runs of their diff.
     * The share of characters they have in common as multisets bounds it from above and takes
     * linear time, so texts that cannot reach the pairing threshold are never diffed.
     */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int total = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        double bound = 2.0 * commonCharacters(a, b) / total;
        if (bound <= PAIRING_THRESHOLD) {
            return bound;
        }
        long equal = inline(a, b).stream()
                .filter(s -> s.type() == Segment.Type.EQUAL)
                .mapToLong(s -> s.text().codePointCount(0, s.text().length()))
                .sum();
        return 2.0 * equal / total;
    }

    private static int commonCharacters(String a, String b) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        a.codePoints().forEach(c -> counts.merge(widthFolded(c), 1, Integer::sum));
        int common = 0;
        for (int c : (Iterable<Integer>) b.codePoints().map(VersionComparison::widthFolded)::iterator) {
            Integer left = counts.get(c);
            if (left != null && left > 0) {
                counts.put(c, left - 1);
                common++;
            }
        }
        return common;
    }

    private static void append(List<Segment> segments, Segment.Type type, List<Character> characters) {
        if (characters.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        characters.forEach(c -> text.appendCodePoint(c.codePoint()));
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).type() == type) {
            segments.set(last, new Segment(type, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(type, text.toString()));
        }
    }
}
