package org.opengazette.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opengazette.search.analysis.BigramScanner;
import org.opengazette.search.analysis.DocNumberKey;
import org.opengazette.search.analysis.TextNormalizer;
import org.opengazette.search.analysis.TokenSpans;

/**
 * A search box's text, analysed the way the browser runtime does ({@code parseQuery} in
 * {@code search-analysis.js}):
 *
 * <ol>
 *   <li>The text is mapped ({@link TextNormalizer}).</li>
 *   <li>Quoted parts ({@code "…"}, {@code “…”}, {@code 「…」}, {@code 『…』}; an unclosed quote
 *       runs to the end) are phrases: their tokens must occur next to each other, in one field. A
 *       quoted part with one token is an ordinary term; one with none is ignored.</li>
 *   <li>Everything else is cut into tokens ({@link BigramScanner}, without unigrams); each distinct
 *       token is a term that must occur somewhere in the version.</li>
 *   <li>Only the first {@value #MAX_CHARS} code points are analysed.</li>
 *   <li>A loose word that starts with {@code -} (or {@code －}) excludes the versions that have it.</li>
 *   <li>A loose {@code OR} (upper case, between spaces) separates alternatives: a version matches
 *       when it matches any of them ({@code 物业管理 OR 住宅专项维修资金}); exclusions hold for all.</li>
 *   <li>The whole text also gives a {@link DocNumberKey} to look up 发文字号 exactly.</li>
 * </ol>
 *
 * @param terms     distinct loose terms (of every alternative), in order of first appearance
 * @param phrases   distinct phrases of two or more tokens (of every alternative)
 * @param alternatives what a version must match, one of them: each with its own terms and phrases
 *                  (one alternative when the text has no {@code OR}; none when it is empty)
 * @param chunks    the distinct loose words (text between spaces) of two or more tokens, for
 *                  the proximity clause of {@link QueryBuilder}
 * @param excluded  the loose words written with a leading {@code -} ({@code -废止}): no version
 *                  that has one of them (as a phrase, in any scored field) is a hit
 * @param numberKey the exact 发文字号 key of the whole text (may be empty)
 * @param truncated true when the text was longer than {@value #MAX_CHARS} code points and only
 *                  its beginning was analysed
 */
public record QueryText(
        List<String> terms,
        List<Phrase> phrases,
        List<Alternative> alternatives,
        List<Phrase> chunks,
        List<Phrase> excluded,
        String numberKey,
        boolean truncated) {
    /**
     * The longest text analysed, in code points: a longer query searches its beginning (and the
     * page says so), so that no query makes more clauses than Lucene allows or than the browser can
     * fetch in normal time.
     */
    public static final int MAX_CHARS = 50;

    /**
     * A phrase: tokens and their positions relative to the first.
     *
     * @param terms     the tokens, in order
     * @param positions the position of each token
     */
    public record Phrase(List<String> terms, List<Integer> positions) {}

    /**
     * One alternative of the query: its terms must mostly occur (all of them for a complete match)
     * and its phrases must occur.
     *
     * @param terms   its distinct loose terms
     * @param phrases its distinct phrases of two or more tokens
     */
    public record Alternative(List<String> terms, List<Phrase> phrases) {}

    /** Stands in the loose text for the word {@code OR}. */
    private static final char OR = '\uE000';
    /** Stands in the loose text for quoted part i, as {@code QUOTED + i}. */
    private static final char QUOTED = '\uE001';

    /** True when there is nothing to search for. */
    public boolean isEmpty() {
        return terms.isEmpty() && phrases.isEmpty();
    }

    /** Analyses {@code text}. */
    public static QueryText parse(String text) {
        boolean truncated = text.codePointCount(0, text.length()) > MAX_CHARS;
        if (truncated) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS));
        }
        String mapped = TextNormalizer.mapAll(text);
        StringBuilder loose = new StringBuilder();
        List<String> quoted = new ArrayList<>();
        int i = 0;
        while (i < mapped.length()) {
            char c = mapped.charAt(i);
            char close = closer(c);
            if (close == 0) {
                if (text.startsWith("OR", i)
                        && (i == 0 || space(mapped.charAt(i - 1)))
                        && (i + 2 == mapped.length() || space(mapped.charAt(i + 2)))) {
                    loose.append(' ').append(OR).append(' ');
                    i += 2;
                    continue;
                }
                loose.append(c >= OR && c < QUOTED + MAX_CHARS ? ' ' : c);
                i++;
                continue;
            }
            int end = mapped.indexOf(close, i + 1);
            if (end < 0) {
                end = mapped.length();
            }
            loose.append(' ').append((char) (QUOTED + quoted.size())).append(' ');
            quoted.add(mapped.substring(i + 1, end));
            i = end + 1;
        }
        Set<String> terms = new LinkedHashSet<>();
        Set<Phrase> phrases = new LinkedHashSet<>();
        List<Phrase> quotedPhrases = new ArrayList<>();
        for (String part : quoted) {
            List<String> tokens = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            scan(part, tokens, positions);
            quotedPhrases.add(new Phrase(List.copyOf(tokens), List.copyOf(positions)));
            if (tokens.size() == 1) {
                terms.add(tokens.get(0));
            } else if (tokens.size() > 1) {
                phrases.add(new Phrase(List.copyOf(tokens), List.copyOf(positions)));
            }
        }
        Set<Phrase> chunks = new LinkedHashSet<>();
        Set<Phrase> excluded = new LinkedHashSet<>();
        List<Alternative> alternatives = new ArrayList<>();
        Set<String> alternativeTerms = new LinkedHashSet<>();
        Set<Phrase> alternativePhrases = new LinkedHashSet<>();
        for (String chunk : (loose + " " + OR).split("[ \t\n\r\f\u000B]+")) {
            if (chunk.length() == 1 && chunk.charAt(0) == OR) {
                if (!alternativeTerms.isEmpty() || !alternativePhrases.isEmpty()) {
                    alternatives.add(new Alternative(List.copyOf(alternativeTerms), List.copyOf(alternativePhrases)));
                }
                alternativeTerms.clear();
                alternativePhrases.clear();
                continue;
            }
            if (chunk.length() == 1 && chunk.charAt(0) >= QUOTED && chunk.charAt(0) < QUOTED + quoted.size()) {
                Phrase part = quotedPhrases.get(chunk.charAt(0) - QUOTED);
                if (part.terms().size() == 1) {
                    alternativeTerms.add(part.terms().get(0));
                } else if (part.terms().size() > 1) {
                    alternativePhrases.add(part);
                }
                continue;
            }
            List<String> tokens = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            boolean exclude = chunk.length() > 1 && chunk.charAt(0) == '-';
            scan(exclude ? chunk.substring(1) : chunk, tokens, positions);
            if (exclude) {
                if (!tokens.isEmpty()) {
                    excluded.add(new Phrase(List.copyOf(tokens), List.copyOf(positions)));
                }
                continue;
            }
            terms.addAll(tokens);
            alternativeTerms.addAll(tokens);
            if (tokens.size() > 1) {
                chunks.add(new Phrase(List.copyOf(tokens), List.copyOf(positions)));
            }
        }
        return new QueryText(
                List.copyOf(terms),
                List.copyOf(phrases),
                List.copyOf(alternatives),
                List.copyOf(chunks),
                List.copyOf(excluded),
                DocNumberKey.of(text),
                truncated);
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static char closer(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            default -> 0;
        };
    }

    private static void scan(String text, List<String> tokens, List<Integer> positions) {
        char[] chars = text.toCharArray();
        TokenSpans spans = new TokenSpans();
        BigramScanner.scan(chars, chars.length, false, spans);
        for (int i = 0; i < spans.size(); i++) {
            tokens.add(new String(chars, spans.start(i), spans.end(i) - spans.start(i)));
            positions.add(spans.start(i));
        }
        if (!positions.isEmpty()) {
            int first = positions.get(0);
            positions.replaceAll(p -> p - first);
        }
    }
}
