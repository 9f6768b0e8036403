package org.opengazette.search.analysis;

/**
 * Cuts mapped text (see {@link TextNormalizer}) into tokens; the one definition of search analysis,
 * used by {@link BigramTokenizer} for documents and by {@code search.query.QueryText} for queries, and ported
 * line for line to {@code search-analysis.js} ({@code scan}).
 *
 * <ul>
 *   <li>A run of word characters is one token ({@code 2020}, {@code gb}); runs longer than
 *       {@value #MAX_WORD} characters are skipped.</li>
 *   <li>A run of one Han character is that character.</li>
 *   <li>A run of n ≥ 2 Han characters gives its n − 1 overlapping bigrams; with {@code unigrams}
 *       (documents of an index built with unigrams, never queries) each of its characters too,
 *       the character before the bigram that starts with it.</li>
 *   <li>Separators produce nothing.</li>
 * </ul>
 *
 * <p>A token's position is the UTF-16 offset where it starts, so stacked unigram and bigram share
 * a position, phrases line up the same way in documents and queries, and a position is also the
 * place of the match in the text (the browser cuts snippets there).
 */
public final class BigramScanner {
    /** The longest word-character run that is indexed. */
    public static final int MAX_WORD = 64;

    private BigramScanner() {}

    /** Scans {@code text[0, length)}, already mapped, and adds each token to {@code sink} in order. */
    public static void scan(char[] text, int length, boolean unigrams, TokenSpans sink) {
        int i = 0;
        while (i < length) {
            int c = Character.codePointAt(text, i, length);
            int kind = TextNormalizer.classOf(c);
            if (kind == TextNormalizer.WORD) {
                int start = i;
                while (i < length && TextNormalizer.classOf(text[i]) == TextNormalizer.WORD) {
                    i++;
                }
                if (i - start <= MAX_WORD) {
                    sink.add(start, i);
                }
            } else if (kind == TextNormalizer.HAN) {
                int previous = i;
                i += Character.charCount(c);
                boolean single = true;
                while (i < length) {
                    int d = Character.codePointAt(text, i, length);
                    if (TextNormalizer.classOf(d) != TextNormalizer.HAN) {
                        break;
                    }
                    int next = i + Character.charCount(d);
                    if (unigrams) {
                        sink.add(previous, i);
                    }
                    sink.add(previous, next);
                    previous = i;
                    i = next;
                    single = false;
                }
                if (single || unigrams) {
                    sink.add(previous, i);
                }
            } else {
                i += Character.charCount(c);
            }
        }
    }
}
