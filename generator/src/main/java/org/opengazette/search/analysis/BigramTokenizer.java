package org.opengazette.search.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A Lucene tokenizer over {@link BigramScanner}: reads the whole field, maps it with {@link
 * TextNormalizer}, and emits the scanner's tokens with offsets into the original text. The
 * position of a token is its start offset (increments are differences of start offsets), so a
 * stacked unigram and bigram have increment 0, which Lucene's norms discount.
 */
public final class BigramTokenizer extends Tokenizer {
    private final boolean unigrams;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private char[] text = new char[1024];
    private int length;
    private final TokenSpans tokens = new TokenSpans();
    private int next;
    private int lastStart;

    /** @param unigrams index single characters too (see {@link BigramScanner#scan}) */
    public BigramTokenizer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        length = 0;
        int read;
        while ((read = input.read(text, length, text.length - length)) != -1) {
            length += read;
            if (length == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        TextNormalizer.mapInPlace(text, length);
        tokens.clear();
        next = 0;
        lastStart = -1;
        BigramScanner.scan(text, length, unigrams, tokens);
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        int start = tokens.start(next);
        int end = tokens.end(next);
        term.copyBuffer(text, start, end - start);
        offset.setOffset(correctOffset(start), correctOffset(end));
        increment.setPositionIncrement(start - lastStart);
        lastStart = start;
        next++;
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(length);
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        super.close();
        if (text.length > 1 << 16) {
            text = new char[1024];
        }
        tokens.trim();
    }
}
