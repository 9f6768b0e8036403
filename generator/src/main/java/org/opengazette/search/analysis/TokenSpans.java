package org.opengazette.search.analysis;

import java.util.Arrays;

/**
 * The tokens {@link BigramScanner} found in one text, as {@code [start, end)} spans in order; one
 * instance is reused from text to text.
 */
public final class TokenSpans {
    private int[] spans = new int[2 * 256];
    private int count;

    /** Forgets the spans of the previous text. */
    public void clear() {
        count = 0;
    }

    void add(int start, int end) {
        if (2 * count + 2 > spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * count] = start;
        spans[2 * count + 1] = end;
        count++;
    }

    /** The number of tokens. */
    public int size() {
        return count;
    }

    /** Where token i starts: its position. */
    public int start(int i) {
        return spans[2 * i];
    }

    /** Where token i ends (exclusive). */
    public int end(int i) {
        return spans[2 * i + 1];
    }

    /** Drops a large buffer after an unusually long text. */
    void trim() {
        if (spans.length > 1 << 16) {
            spans = new int[2 * 256];
        }
    }
}
