package org.opengazette.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two bodies provision by provision, on their {@link NormalizedText normalized} text, so
 * that whitespace and punctuation width are never a change. Provisions with the same kind and
 * normalized body are the same provision (even if renumbered); inside a changed region, each
 * older provision is paired with the most similar newer one that keeps the order. Articles left
 * unpaired on both sides are then paired across the whole text when nearly the same
 * ({@link #MOVE_THRESHOLD}): a retained article that moved is shown as moved, not as removed and
 * added. Paired provisions with other words are compared character by character.
 */
public final class VersionComparison {
    /** How alike two provisions must be (share of characters in common) to count as one changed provision in place. */
    private static final double PAIRING_THRESHOLD = 0.4;
    /** How far ahead a removed provision looks for its counterpart, keeping big rewrites linear. */
    private static final int PAIRING_WINDOW = 8;
    /**
     * How alike a removed and an added article must be to be one retained article that moved.
     * Higher than {@link #PAIRING_THRESHOLD}, since the order no longer vouches for the pair. Measured
     * on the corpus's amended laws ({@code CorpusComparisonFiguresTest}): the best match of an
     * unpaired removed article is mostly below 0.45 (another article of the same law); from 0.65 up,
     * the pairs read are the same provision amended (反间谍法 2014 第三十八条 → 2023 第四条, 0.68),
     * while between 0.6 and 0.65 unrelated articles sharing boilerplate pair up ("违反本办法第五十四条规定，…"
     * with "违反本办法第十八条规定，…").
     */
    static final double MOVE_THRESHOLD = 0.65;

    private VersionComparison() {}

    /**
     * A row being aligned: an older and a newer provision by index (-1: none), and whether the
     * alignment in order paired them (else the pairing of moved articles did).
     */
    record Match(int older, int newer, boolean inOrder) {}

    /**
     * A provision and its normalized body, the key two versions are aligned on, with its body split
     * into characters when first compared for similarity.
     */
    static final class Keyed {
        private final Provision provision;
        private final String key;
        private InlineDiff.Text text;

        private Keyed(Provision provision) {
            this.provision = provision;
            this.key = NormalizedText.of(provision.body());
        }

        static List<Keyed> of(List<Provision> provisions) {
            return provisions.stream().map(Keyed::new).toList();
        }

        Provision provision() {
            return provision;
        }

        String key() {
            return key;
        }

        InlineDiff.Text text() {
            if (text == null) {
                text = new InlineDiff.Text(provision.body());
            }
            return text;
        }

        boolean sameAs(Keyed other) {
            return provision.kind() == other.provision.kind() && key.equals(other.key);
        }
    }

    /** The rows of the comparison, in the order of the newer version (removed provisions where they stood). */
    public static List<ComparedProvision> compare(List<Provision> older, List<Provision> newer) {
        return compare(older, newer, MOVE_THRESHOLD);
    }

    /** The comparison, with retained articles paired across the text at {@code moveThreshold} (above 1: never). */
    static List<ComparedProvision> compare(List<Provision> older, List<Provision> newer, double moveThreshold) {
        List<Keyed> a = Keyed.of(older);
        List<Keyed> b = Keyed.of(newer);
        List<Match> matches = MovedArticles.pair(inOrder(a, b), a, b, moveThreshold);
        boolean[] moved = MovedArticles.outOfOrder(matches);
        List<ComparedProvision> rows = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            rows.add(row(matches.get(i), a, b, moved[i]));
        }
        return List.copyOf(rows);
    }

    private static List<Match> inOrder(List<Keyed> older, List<Keyed> newer) {
        Patch<Keyed> patch = DiffUtils.diff(older, newer, Keyed::sameAs);
        List<Match> matches = new ArrayList<>();
        int oldIndex = 0;
        int newIndex = 0;
        for (AbstractDelta<Keyed> delta : patch.getDeltas()) {
            while (oldIndex < delta.getSource().getPosition()) {
                matches.add(new Match(oldIndex++, newIndex++, true));
            }
            changedRegion(
                    matches,
                    older,
                    newer,
                    oldIndex,
                    oldIndex + delta.getSource().size(),
                    newIndex,
                    newIndex + delta.getTarget().size());
            oldIndex += delta.getSource().size();
            newIndex += delta.getTarget().size();
        }
        while (oldIndex < older.size()) {
            matches.add(new Match(oldIndex++, newIndex++, true));
        }
        return matches;
    }

    /** Pairs older provisions [oldFrom, oldTo) with newer ones [newFrom, newTo) in order, where alike enough. */
    private static void changedRegion(
            List<Match> matches, List<Keyed> older, List<Keyed> newer, int oldFrom, int oldTo, int newFrom, int newTo) {
        int next = newFrom;
        for (int old = oldFrom; old < oldTo; old++) {
            Keyed removed = older.get(old);
            int best = -1;
            double bestSimilarity = PAIRING_THRESHOLD;
            for (int candidate = next; candidate < Math.min(newTo, next + PAIRING_WINDOW); candidate++) {
                Keyed added = newer.get(candidate);
                double similarity =
                        added.provision().kind() == removed.provision().kind()
                                ? InlineDiff.similarity(removed.text(), added.text(), bestSimilarity)
                                : 0;
                if (similarity > bestSimilarity) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
            if (best < 0) {
                matches.add(new Match(old, -1, true));
                continue;
            }
            while (next < best) {
                matches.add(new Match(-1, next++, true));
            }
            matches.add(new Match(old, next++, true));
        }
        while (next < newTo) {
            matches.add(new Match(-1, next++, true));
        }
    }

    private static ComparedProvision row(Match match, List<Keyed> older, List<Keyed> newer, boolean moved) {
        if (match.newer() < 0) {
            Provision old = older.get(match.older()).provision();
            return new ComparedProvision(
                    old.kind(),
                    ComparedProvision.Change.REMOVED,
                    old.label(),
                    "",
                    false,
                    List.of(new Segment(Segment.Type.DELETED, old.text())));
        }
        Provision neu = newer.get(match.newer()).provision();
        if (match.older() < 0) {
            return new ComparedProvision(
                    neu.kind(),
                    ComparedProvision.Change.ADDED,
                    "",
                    neu.label(),
                    false,
                    List.of(new Segment(Segment.Type.INSERTED, neu.text())));
        }
        Keyed old = older.get(match.older());
        ComparedProvision.Change change;
        List<Segment> segments;
        if (old.key().equals(newer.get(match.newer()).key())) {
            change = old.provision().body().equals(neu.body())
                    ? ComparedProvision.Change.UNCHANGED
                    : ComparedProvision.Change.FORMATTED;
            segments = List.of(new Segment(Segment.Type.EQUAL, neu.text()));
        } else {
            change = ComparedProvision.Change.CHANGED;
            segments = InlineDiff.segments(old.provision().text(), neu.text());
        }
        return new ComparedProvision(neu.kind(), change, old.provision().label(), neu.label(), moved, segments);
    }
}
