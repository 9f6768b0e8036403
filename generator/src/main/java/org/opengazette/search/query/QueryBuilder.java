package org.opengazette.search.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.opengazette.search.index.SearchFields;

/**
 * Turns analysed text ({@link QueryText}) and a {@link SearchRequest}'s filters into the Lucene
 * query that the CLI runs and the browser runtime reproduces ({@code search} in
 * {@code search-engine.js}). One flat {@link BooleanQuery}, so that a version's score is the
 * float of the double sum of its leaf scores:
 *
 * <ol>
 *   <li>per term t: SHOULD {@code TermQuery(f, t)} boosted by f's weight for each scored field f
 *       ({@link SearchFields#SCORED}); the version must have at least {@link #minimumTerms} of the
 *       terms of one alternative ({@code A OR B}; most queries have one), each in some scored
 *       field (and {@link #tier} ranks those with every term first);</li>
 *   <li>per quoted phrase p: SHOULD {@code PhraseQuery(f, p)} boosted by f's weight for each f;
 *       the version must have the phrases of that alternative, each in some scored field;</li>
 *   <li>per loose word w of two or more tokens: SHOULD {@code PhraseQuery(title, w)} boosted by
 *       {@link SearchFields#TITLE_PHRASE_BOOST}; and the proximity clause: of w's tokens that occur
 *       in bodies at least once and at most {@link SearchFields#PROXIMITY_MAX_OCCURRENCES} times,
 *       the {@link SearchFields#PROXIMITY_TERMS} with the fewest occurrences (ties: the earlier),
 *       if at least two, as SHOULD {@code PhraseQuery(body, those tokens at their offsets)} boosted
 *       by {@link SearchFields#PROXIMITY_BOOST}. The browser needs positions only for these few
 *       rare tokens;</li>
 *   <li>with text, SHOULD {@code ConstantScoreQuery(current:1)} boosted by {@link
 *       SearchFields#CURRENT_BOOST}, SHOULD {@code ConstantScoreQuery(number_key:key)} boosted by
 *       {@link SearchFields#EXACT_NUMBER_BOOST}, and one FILTER: (every "must have" above of one
 *       alternative) or … or (number_key:key), so that a 发文字号 typed with stray spaces still finds its document;
 *       without text, MUST match-all (every version scores 1);</li>
 *   <li>per excluded word ({@code -词}), MUST_NOT its term or phrase in each scored field;</li>
 *   <li>per facet filter, FILTER (any of its values); for the date, FILTER (an in-force range
 *       contains it).</li>
 * </ol>
 *
 * No two SHOULD clauses are equal (a clause equal to one already added is skipped), so Lucene's
 * rewrite, which would merge equal clauses by adding their boosts, leaves the query as built.
 */
public final class QueryBuilder {
    /** How often a token occurs in all bodies (Lucene's total term frequency; 0 when absent). */
    @FunctionalInterface
    public interface BodyOccurrences {
        long of(String term);
    }

    private QueryBuilder() {}

    /**
     * The query for {@code text} with the request's filters, or a match-nothing query when there
     * is neither text nor a filter. {@code facetFilters} false leaves out the status, kind, issuer
     * and year filters (the date filter stays), for counting facets.
     */
    public static Query build(
            QueryText text, SearchRequest request, boolean facetFilters, BodyOccurrences occurrences) {
        return build(text, request, facetFilters, occurrences, false);
    }

    /**
     * How many of an alternative's loose terms a version must have: half of them, rounded up (all
     * of them for a complete match). A query typed without spaces gives bigrams that straddle its
     * words ({@code 个人信息保护}: 息保), which a document that has the words apart lacks; with
     * two-character words, at most half of the bigrams straddle.
     */
    public static int minimumTerms(QueryText.Alternative alternative, boolean complete) {
        return complete ? alternative.terms().size() : (alternative.terms().size() + 1) / 2;
    }

    /**
     * The ranking's first key, as a query whose score is a version's tier: 1 for each word term
     * ({@link #wordTerms}) it has in any scored field; n + 1 more (n: the loose terms) when it has
     * every term and phrase of an alternative; 2(n + 1) more when its 发文字号 is exactly the query. So the exact 发文字号 comes
     * first, then versions with every term, then those with most of the words; BM25 orders each tier.
     */
    public static Query tier(QueryText text, BodyOccurrences occurrences) {
        int complete = text.terms().size() + 1;
        BooleanQuery.Builder tier = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (QueryText.Alternative alternative : text.alternatives()) {
            all.add(required(alternative, true), Occur.SHOULD);
        }
        for (String term : wordTerms(text, occurrences)) {
            tier.add(new ConstantScoreQuery(anyField(term)), Occur.SHOULD);
        }
        tier.add(new BoostQuery(new ConstantScoreQuery(all.build()), complete), Occur.SHOULD);
        tier.add(
                new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term(SearchFields.NUMBER_KEY, text.numberKey()))),
                        2 * complete),
                Occur.SHOULD);
        return tier.build();
    }

    /**
     * The loose terms without those that probably straddle two words of a query typed without
     * spaces: a Han bigram between two overlapping bigrams of the same word that each occur in
     * the bodies more than {@link SearchFields#STRADDLE_RATIO} times as often as it does
     * ({@code 个人信息保护}: 息保 is far rarer than 信息 and 保护).
     */
    public static List<String> wordTerms(QueryText text, BodyOccurrences occurrences) {
        Set<String> straddling = new HashSet<>();
        for (QueryText.Phrase word : text.chunks()) {
            List<String> terms = word.terms();
            List<Integer> positions = word.positions();
            for (int i = 0; i < terms.size(); i++) {
                if (!bigram(word, i)) {
                    continue;
                }
                long here = occurrences.of(terms.get(i));
                boolean before = i > 0 && bigram(word, i - 1) && positions.get(i) - positions.get(i - 1) == 1;
                boolean after =
                        i + 1 < terms.size() && bigram(word, i + 1) && positions.get(i + 1) - positions.get(i) == 1;
                if ((before || after)
                        && (!before || here * SearchFields.STRADDLE_RATIO < occurrences.of(terms.get(i - 1)))
                        && (!after || here * SearchFields.STRADDLE_RATIO < occurrences.of(terms.get(i + 1)))) {
                    straddling.add(terms.get(i));
                }
            }
        }
        return text.terms().stream().filter(t -> !straddling.contains(t)).toList();
    }

    private static boolean bigram(QueryText.Phrase word, int i) {
        String term = word.terms().get(i);
        return term.length() == 2 && Character.isIdeographic(term.codePointAt(0));
    }

    /**
     * What a version must have to match an alternative: at least {@link #minimumTerms} of its
     * terms, each in some scored field, and each of its phrases in some scored field.
     */
    private static Query required(QueryText.Alternative alternative, boolean complete) {
        BooleanQuery.Builder required = new BooleanQuery.Builder();
        for (String term : alternative.terms()) {
            required.add(anyField(term), Occur.SHOULD);
        }
        required.setMinimumNumberShouldMatch(minimumTerms(alternative, complete));
        for (QueryText.Phrase phrase : alternative.phrases()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (SearchFields.Scored field : SearchFields.SCORED) {
                any.add(phrase(field.name(), phrase.terms(), phrase.positions()), Occur.SHOULD);
            }
            required.add(any.build(), Occur.FILTER);
        }
        return required.build();
    }

    private static Query anyField(String term) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchFields.Scored field : SearchFields.SCORED) {
            any.add(new TermQuery(new Term(field.name(), term)), Occur.SHOULD);
        }
        return any.build();
    }

    /**
     * Like {@link #build(QueryText, SearchRequest, boolean, BodyOccurrences)}; {@code complete}
     * requires every term and phrase of an alternative rather than most of its terms.
     */
    public static Query build(
            QueryText text,
            SearchRequest request,
            boolean facetFilters,
            BodyOccurrences occurrences,
            boolean complete) {
        if (text.isEmpty() && !request.hasFilters()) {
            return new MatchNoDocsQuery("no text and no filters");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<Query> scored = new HashSet<>();
        for (String term : text.terms()) {
            for (SearchFields.Scored field : SearchFields.SCORED) {
                should(query, scored, new TermQuery(new Term(field.name(), term)), field.boost());
            }
        }
        for (QueryText.Phrase phrase : text.phrases()) {
            for (SearchFields.Scored field : SearchFields.SCORED) {
                should(query, scored, phrase(field.name(), phrase.terms(), phrase.positions()), field.boost());
            }
        }
        for (QueryText.Phrase word : text.chunks()) {
            should(
                    query,
                    scored,
                    phrase(SearchFields.TITLE, word.terms(), word.positions()),
                    SearchFields.TITLE_PHRASE_BOOST);
            List<Integer> rare = rareTokens(word, occurrences);
            if (rare.size() >= 2) {
                should(
                        query,
                        scored,
                        phrase(
                                SearchFields.BODY,
                                rare.stream().map(word.terms()::get).toList(),
                                rare.stream().map(word.positions()::get).toList()),
                        SearchFields.PROXIMITY_BOOST);
            }
        }
        if (text.isEmpty()) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            should(
                    query,
                    scored,
                    new ConstantScoreQuery(new TermQuery(new Term(SearchFields.CURRENT, "1"))),
                    SearchFields.CURRENT_BOOST);
            TermQuery number = new TermQuery(new Term(SearchFields.NUMBER_KEY, text.numberKey()));
            should(query, scored, new ConstantScoreQuery(number), SearchFields.EXACT_NUMBER_BOOST);
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (QueryText.Alternative alternative : text.alternatives()) {
                any.add(required(alternative, complete), Occur.SHOULD);
            }
            query.add(any.add(number, Occur.SHOULD).build(), Occur.FILTER);
        }
        for (QueryText.Phrase word : text.excluded()) {
            for (SearchFields.Scored field : SearchFields.SCORED) {
                query.add(
                        word.terms().size() == 1
                                ? new TermQuery(
                                        new Term(field.name(), word.terms().get(0)))
                                : phrase(field.name(), word.terms(), word.positions()),
                        Occur.MUST_NOT);
            }
        }
        if (facetFilters) {
            anyOf(query, SearchFields.STATUS, request.statuses());
            anyOf(query, SearchFields.KIND, request.kinds());
            anyOf(query, SearchFields.ISSUER_KEY, request.issuers());
            anyOf(query, SearchFields.YEAR, request.years());
        }
        if (request.inForceOn() != null) {
            long day = request.inForceOn().toEpochDay();
            query.add(
                    LongRange.newIntersectsQuery(SearchFields.IN_FORCE, new long[] {day}, new long[] {day}),
                    Occur.FILTER);
        }
        return query.build();
    }

    /** Indexes (in word order) of the word's tokens chosen for the proximity clause. */
    static List<Integer> rareTokens(QueryText.Phrase word, BodyOccurrences occurrences) {
        List<Integer> candidates = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (int i = 0; i < word.terms().size(); i++) {
            long count = occurrences.of(word.terms().get(i));
            counts.add(count);
            if (count >= 1 && count <= SearchFields.PROXIMITY_MAX_OCCURRENCES) {
                candidates.add(i);
            }
        }
        candidates.sort(Comparator.comparingLong((Integer i) -> counts.get(i)).thenComparingInt(i -> i));
        List<Integer> chosen =
                new ArrayList<>(candidates.subList(0, Math.min(SearchFields.PROXIMITY_TERMS, candidates.size())));
        chosen.sort(Comparator.naturalOrder());
        return chosen;
    }

    /** An exact phrase; positions are made relative to the first. */
    private static PhraseQuery phrase(String field, List<String> terms, List<Integer> positions) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int first = positions.get(0);
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i) - first);
        }
        return phrase.build();
    }

    private static void should(BooleanQuery.Builder query, Set<Query> scored, Query leaf, float boost) {
        if (scored.add(leaf)) {
            query.add(new BoostQuery(leaf, boost), Occur.SHOULD);
        }
    }

    private static void anyOf(BooleanQuery.Builder query, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values.stream().distinct().toList()) {
            any.add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }
        query.add(any.build(), Occur.FILTER);
    }
}
