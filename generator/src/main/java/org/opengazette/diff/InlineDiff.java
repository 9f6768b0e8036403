package org.opengazette.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
     * How alike two texts are, 0 to 1: twice the characters in the equal runs of their diff over
     * the characters of both (whitespace not counted). The share of characters they have in common
     * as multisets bounds it from above and takes linear time, so texts that cannot reach
     * {@code floor} are not diffed: their bound is returned instead.
     */
    public static double similarity(String a, String b, double floor) {
        List<Token> x = tokens(a);
        List<Token> y = tokens(b);
        int total = x.size() + y.size();
        if (total == 0) {
            return 1;
        }
        double bound = 2.0 * common(x, y) / total;
        if (bound < floor) {
            return bound;
        }
        Patch<Token> patch = DiffUtils.diff(x, y, (p, q) -> p.key().equals(q.key()));
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
                tokens.add(new Token(space + Character.toString(c), key));
                space.setLength(0);
            }
        });
        if (!space.isEmpty() && !tokens.isEmpty()) {
            Token last = tokens.remove(tokens.size() - 1);
            tokens.add(new Token(last.text() + space, last.key()));
        }
        return tokens;
    }

    private static int common(List<Token> a, List<Token> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(t -> counts.merge(t.key(), 1, Integer::sum));
        int common = 0;
        for (Token t : b) {
            Integer left = counts.get(t.key());
            if (left != null && left > 0) {
                counts.put(t.key(), left - 1);
                common++;
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
