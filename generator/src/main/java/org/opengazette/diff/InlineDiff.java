package org.opengazette.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts compared character by character (Chinese has no spaces to split words on), on their
 * {@link NormalizedText normalized} form: whitespace and half/full-width forms of the same
 * punctuation are never a change. Equal runs show the newer text.
 */
public final class InlineDiff {

    private InlineDiff() {}

    /**
     * A character that is not whitespace, with the whitespace written before it (or, for the last
     * one, after it too), as written and as matched.
     */
    private record Token(String text, String key) {}

    /** The runs between {@code older} and {@code newer}: equal, deleted and inserted text. */
    public static List<Segment> segments(String older, String newer) {
        List<Token> a = tokens(older);
        List<Token> b = tokens(newer);
        Patch<Token> patch = DiffUtils.diff(a, b, (x, y) -> x.key().equals(y.key()));
        List<Segment> segments = new ArrayList<>();
        int newIndex = 0;
        for (AbstractDelta<Token> delta : patch.getDeltas()) {
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

    /**
     * A text split once into its characters, as written and as matched, for comparing it with
     * several others ({@link #similarity}).
     */
    static final class Text {
        private final List<Token> tokens;
        /** The hash codes of the tokens' keys, sorted: the multisets' overlap in linear time. */
        private final int[] sortedKeyHashes;

        Text(String text) {
            this.tokens = tokens(text);
            this.sortedKeyHashes =
                    tokens.stream().mapToInt(t -> t.key().hashCode()).sorted().toArray();
        }
    }

    /**
     * How alike two texts are, 0 to 1: twice the characters in the equal runs of their diff over
     * the characters of both (whitespace not counted). The share of characters they have in common
     * as multisets bounds it from above and takes linear time, so texts that cannot reach
     * {@code floor} are not diffed: a bound below {@code floor} is returned instead.
     */
    static double similarity(Text a, Text b, double floor) {
        int total = a.tokens.size() + b.tokens.size();
        if (total == 0) {
            return 1;
        }
        double lengthBound = 2.0 * Math.min(a.tokens.size(), b.tokens.size()) / total;
        if (lengthBound < floor) {
            return lengthBound;
        }
        double bound = 2.0 * common(a.sortedKeyHashes, b.sortedKeyHashes) / total;
        if (bound < floor) {
            return bound;
        }
        Patch<Token> patch =
                DiffUtils.diff(a.tokens, b.tokens, (p, q) -> p.key().equals(q.key()));
        int unequal = patch.getDeltas().stream()
                .mapToInt(d -> d.getSource().size() + d.getTarget().size())
                .sum();
        return (double) (total - unequal) / total;
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder space = new StringBuilder();
        text.codePoints().forEach(c -> {
            String key = NormalizedText.key(c);
            if (key.isEmpty()) {
                space.appendCodePoint(c);
            } else {
                tokens.add(new Token(space.isEmpty() ? written(c, key) : space + Character.toString(c), key));
                space.setLength(0);
            }
        });
        if (!space.isEmpty() && !tokens.isEmpty()) {
            Token last = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(last.text() + space, last.key()));
        }
        return tokens;
    }

    /** The character {@code c} as written: its key itself when that is the same character. */
    private static String written(int c, String key) {
        return key.length() == Character.charCount(c) && key.codePointAt(0) == c ? key : Character.toString(c);
    }

    /**
     * How many of two sorted multisets' elements they have in common (hash codes: where two keys
     * share one, more than the keys in common, so still a bound from above).
     */
    private static int common(int[] a, int[] b) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                common++;
                i++;
                j++;
            }
        }
        return common;
    }

    private static void append(List<Segment> segments, Segment.Type type, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.text()));
        int last = segments.size() - 1;
        if (last >= 0 && segments.get(last).type() == type) {
            segments.set(last, new Segment(type, segments.get(last).text() + text));
        } else {
            segments.add(new Segment(type, text.toString()));
        }
    }
}
