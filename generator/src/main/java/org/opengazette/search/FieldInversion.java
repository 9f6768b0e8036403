package org.opengazette.search;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.LongIntHashMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntUnaryOperator;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.Version;

/**
 * Inverts one text field of a run of documents with the site's analysis ({@link TextNormalizer},
 * {@link BigramScanner}), giving exactly what Lucene's indexing chain would hold for a
 * {@code TextField} analysed by {@link BigramAnalyzer}: the same terms, document frequencies,
 * postings, positions and norms (checked term by term against Lucene in the tests), in a fraction
 * of the time. Lucene's chain hashes the UTF-8 bytes of every token; here a token of one or two
 * UTF-16 units (nearly every token: a Han bigram) or an ASCII word of up to nine characters is a
 * 64-bit key in a primitive hash map, and the terms are sorted once, when all are known.
 *
 * <p>One pass over the text assigns term ids, records each token's term and position and counts
 * tokens and postings per term; a pass over those tokens then places every position in its term's
 * run (a counting sort; the two halves of the documents at once, on two threads), so the result is
 * a few flat arrays. While it runs it holds about
 * fourteen bytes per character of text.
 */
final class FieldInversion {
    private final String field;
    private final boolean unigrams;
    private final Similarity similarity;

    private final LongIntHashMap shortTerms = new LongIntHashMap(1 << 16);
    private final Map<String, Integer> longTerms = new HashMap<>();
    private final List<String> termText = new ArrayList<>();
    /** Per term id, {@value #COUNTERS} ints side by side (one cache line): see the offsets below. */
    private int[] counters = new int[COUNTERS << 8];

    private static final int COUNTERS = 4;
    private static final int TOKENS = 0;
    private static final int POSTINGS = 1;
    private static final int LAST_DOC = 2;
    private static final int FREQ_IN_DOC = 3;
    private final IntArrayList tokenTerms;
    private final IntArrayList tokenPositions;

    private FieldInversion(String field, boolean unigrams, Similarity similarity, long chars) {
        this.field = field;
        this.unigrams = unigrams;
        this.similarity = similarity;
        // a text has at most one token per character, two with unigrams: no growing and copying
        int capacity = Math.toIntExact(Math.min(Integer.MAX_VALUE - 16, unigrams ? 2 * chars : chars));
        this.tokenTerms = new IntArrayList(capacity);
        this.tokenPositions = new IntArrayList(capacity);
    }

    /**
     * Inverts {@code texts}, document i being text i.
     *
     * @param unigrams   whether single Han characters are indexed too (as for {@link
     *                   SearchIndexing#UNIGRAM_FIELDS})
     * @param similarity computes the norms, as the index writer's similarity would
     */
    static InvertedField invert(String field, List<String> texts, boolean unigrams, Similarity similarity) {
        long chars = texts.stream().mapToLong(String::length).sum();
        return new FieldInversion(field, unigrams, similarity, chars).run(texts, chars);
    }

    private InvertedField run(List<String> texts, long chars) {
        long[] norms = new long[texts.size()];
        int[] docTokens = new int[texts.size() + 1];
        int docCount = 0;
        Scan scan = new Scan();
        // the documents are placed in two halves, on two threads; the second starts where half the text is read
        Half second = null;
        long read = 0;
        for (int doc = 0; doc < texts.size(); doc++) {
            if (second == null && doc > 0 && 2 * read >= chars) {
                second = half(doc);
            }
            read += texts.get(doc).length();
            docTokens[doc] = tokenTerms.size();
            TokenSpans spans = scan.read(texts.get(doc));
            int overlaps = 0;
            int unique = 0;
            int maxFreq = 0;
            int lastStart = -1;
            for (int i = 0; i < spans.size(); i++) {
                int start = spans.start(i);
                int term = termId(scan.text, start, spans.end(i));
                tokenTerms.add(term);
                tokenPositions.add(start);
                int at = term * COUNTERS;
                counters[at + TOKENS]++;
                if (counters[at + LAST_DOC] != doc + 1) {
                    counters[at + LAST_DOC] = doc + 1;
                    counters[at + POSTINGS]++;
                    counters[at + FREQ_IN_DOC] = 0;
                    unique++;
                }
                maxFreq = Math.max(maxFreq, ++counters[at + FREQ_IN_DOC]);
                if (start == lastStart) {
                    overlaps++;
                }
                lastStart = start;
            }
            int length = spans.size();
            if (length > 0) {
                docCount++;
                norms[doc] = similarity.computeNorm(new FieldInvertState(
                        Version.LATEST.major,
                        field,
                        IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
                        lastStart,
                        length,
                        overlaps,
                        scan.length,
                        maxFreq,
                        unique));
            }
        }
        docTokens[texts.size()] = tokenTerms.size();
        return place(texts.size(), docTokens, norms, docCount, second);
    }

    /** The second half of the documents, from {@code first} on: notes each term's tokens and postings so far. */
    private Half half(int first) {
        int[] tokensBefore = new int[termText.size()];
        int[] postingsBefore = new int[termText.size()];
        for (int id = 0; id < tokensBefore.length; id++) {
            tokensBefore[id] = counters[id * COUNTERS + TOKENS];
            postingsBefore[id] = counters[id * COUNTERS + POSTINGS];
        }
        return new Half(first, tokensBefore, postingsBefore);
    }

    /**
     * The second half of the documents, from {@code first} on, and each term's tokens and postings
     * in the documents before it (by term id; terms first met later have none).
     */
    private record Half(int first, int[] tokensBefore, int[] postingsBefore) {
        int tokens(int id) {
            return id < tokensBefore.length ? tokensBefore[id] : 0;
        }

        int postings(int id) {
            return id < postingsBefore.length ? postingsBefore[id] : 0;
        }
    }

    /** The id of the token {@code text[start, end)}, a new one the first time it is seen. */
    private int termId(char[] text, int start, int end) {
        long key = key(text, start, end);
        if (key == NO_KEY) {
            String term = new String(text, start, end - start);
            Integer known = longTerms.get(term);
            if (known != null) {
                return known;
            }
            int id = newTerm(term);
            longTerms.put(term, id);
            return id;
        }
        int index = shortTerms.indexOf(key);
        if (index >= 0) {
            return shortTerms.indexGet(index);
        }
        int id = newTerm(new String(text, start, end - start));
        shortTerms.indexInsert(index, key, id);
        return id;
    }

    private static final long NO_KEY = -1;
    private static final int WORD_KEY_CHARS = 9;

    /**
     * The token as one 64-bit number, or {@link #NO_KEY}: a token of one or two UTF-16 units (a Han
     * bigram or character) is its length and units (bits 0–33); a word of up to {@value
     * #WORD_KEY_CHARS} ASCII letters and digits (all a word token holds, see {@link
     * TextNormalizer}) is six bits a character (bits 0–53), its length (bits 56–59) and a flag, the
     * sign bit, so that the two kinds never collide.
     */
    private static long key(char[] text, int start, int end) {
        int length = end - start;
        char first = text[start];
        if (first >= 0x80) {
            return length <= 2
                    ? (long) length << 32 | (long) first << 16 | (length == 2 ? text[start + 1] : 0)
                    : NO_KEY;
        }
        if (length > WORD_KEY_CHARS) {
            return NO_KEY;
        }
        long key = Long.MIN_VALUE | (long) length << 56;
        for (int i = 0; i < length; i++) {
            char c = text[start + i];
            key |= (long) (c <= '9' ? c - '0' : c - 'a' + 10) << (6 * i);
        }
        return key;
    }

    private int newTerm(String text) {
        int id = termText.size();
        termText.add(text);
        if ((id + 1) * COUNTERS > counters.length) {
            // doubling: a corpus-sized text has hundreds of thousands of terms (1/8 growth copied 8 times as much);
            // starting small makes this branch taken while the JIT still profiles (a late first growth cost a
            // recompile)
            counters = Arrays.copyOf(counters, Math.max(2 * counters.length, (id + 1) * COUNTERS));
        }
        return id;
    }

    /** The mapped text of one document, as {@link BigramTokenizer} maps it. */
    private final class Scan {
        private char[] text = new char[1024];
        private int length;
        private final TokenSpans spans = new TokenSpans();

        /** Maps {@code value} into {@link #text} and scans it. */
        TokenSpans read(String value) {
            length = value.length();
            if (text.length < length) {
                text = new char[ArrayUtil.oversize(length, Character.BYTES)];
            }
            value.getChars(0, length, text, 0);
            TextNormalizer.mapInPlace(text, length);
            spans.clear();
            BigramScanner.scan(text, length, unigrams, spans);
            return spans;
        }
    }

    /**
     * Sorts the terms, then puts each document's postings and positions in place: the two halves
     * of the documents at once (measured: the placing is bound by memory, not by a core, and the
     * other core is free then), each from where its tokens start in each term's run.
     */
    private InvertedField place(int documents, int[] docTokens, long[] norms, int docCount, Half second) {
        int terms = termText.size();
        BytesRefHash hash = new BytesRefHash();
        for (String text : termText) {
            hash.add(new BytesRef(text));
        }
        int[] sorted = hash.sort();
        int[] rank = new int[terms];
        int[] termStart = new int[terms + 1];
        int[] postingStart = new int[terms + 1];
        int[] positionStart = new int[terms + 1];
        byte[] bytes = new byte
                [Math.toIntExact(
                        termText.stream().mapToLong(t -> (long) t.length() * 3).sum())];
        int byteCount = 0;
        BytesRef scratch = new BytesRef();
        for (int r = 0; r < terms; r++) {
            int id = sorted[r];
            rank[id] = r;
            hash.get(id, scratch);
            System.arraycopy(scratch.bytes, scratch.offset, bytes, byteCount, scratch.length);
            termStart[r] = byteCount;
            byteCount += scratch.length;
            postingStart[r + 1] = postingStart[r] + counters[id * COUNTERS + POSTINGS];
            positionStart[r + 1] = positionStart[r] + counters[id * COUNTERS + TOKENS];
        }
        termStart[terms] = byteCount;
        hash.close();

        int[] docs = new int[postingStart[terms]];
        // first where each posting's positions start, then (below) its freq
        int[] freqs = new int[postingStart[terms]];
        int[] positions = new int[positionStart[terms]];
        Placement placement = new Placement(rank, docTokens, docs, freqs, positions);
        int[] fromRunStarts = placement.cursors(postingStart, positionStart, id -> 0, id -> 0);
        if (second == null) {
            placement.place(0, documents, fromRunStarts);
        } else {
            int[] cursors = placement.cursors(postingStart, positionStart, second::postings, second::tokens);
            CompletableFuture<Void> secondHalf = CompletableFuture.runAsync(
                    () -> placement.place(second.first(), documents, cursors), SearchIndexing.thread("placement"));
            placement.place(0, second.first(), fromRunStarts);
            secondHalf.join();
        }
        for (int r = 0; r < terms; r++) {
            for (int posting = postingStart[r]; posting < postingStart[r + 1]; posting++) {
                int end = posting + 1 < postingStart[r + 1] ? freqs[posting + 1] : positionStart[r + 1];
                freqs[posting] = end - freqs[posting];
            }
        }
        return new InvertedField(
                field,
                documents,
                Arrays.copyOf(bytes, byteCount),
                termStart,
                postingStart,
                docs,
                freqs,
                positionStart,
                positions,
                norms,
                docCount);
    }

    /** Places the tokens of a run of documents (a counting sort's scatter) into the shared arrays. */
    private final class Placement {
        private final int[] rank;
        private final int[] docTokens;
        private final int[] docs;
        private final int[] freqs;
        private final int[] positions;

        Placement(int[] rank, int[] docTokens, int[] docs, int[] freqs, int[] positions) {
            this.rank = rank;
            this.docTokens = docTokens;
            this.docs = docs;
            this.freqs = freqs;
            this.positions = positions;
        }

        /**
         * Per rank, side by side: the next posting, the next position, and the last document + 1; a
         * run of documents starts {@code postingsBefore} and {@code tokensBefore} (by term id) into
         * each term's postings and positions.
         */
        int[] cursors(
                int[] postingStart,
                int[] positionStart,
                IntUnaryOperator postingsBefore,
                IntUnaryOperator tokensBefore) {
            int[] next = new int[3 * rank.length];
            for (int id = 0; id < rank.length; id++) {
                int r = rank[id];
                next[3 * r] = postingStart[r] + postingsBefore.applyAsInt(id);
                next[3 * r + 1] = positionStart[r] + tokensBefore.applyAsInt(id);
            }
            return next;
        }

        void place(int fromDoc, int toDoc, int[] next) {
            int[] tokenTerm = tokenTerms.buffer;
            int[] tokenPosition = tokenPositions.buffer;
            for (int doc = fromDoc; doc < toDoc; doc++) {
                for (int token = docTokens[doc]; token < docTokens[doc + 1]; token++) {
                    int at = 3 * rank[tokenTerm[token]];
                    int position = next[at + 1]++;
                    if (next[at + 2] != doc + 1) {
                        next[at + 2] = doc + 1;
                        int posting = next[at]++;
                        docs[posting] = doc;
                        freqs[posting] = position;
                    }
                    positions[position] = tokenPosition[token];
                }
            }
        }
    }
}
