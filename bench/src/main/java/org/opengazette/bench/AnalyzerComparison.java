package org.opengazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.opengazette.search.analysis.BigramAnalyzer;
import org.opengazette.search.analysis.DocNumberKey;
import org.opengazette.search.index.SearchFields;
import org.opengazette.search.index.SearchIndex;
import org.opengazette.search.index.SearchRecord;
import org.opengazette.search.index.SearchTexts;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.QueryText;
import org.opengazette.search.query.SearchHit;
import org.opengazette.search.query.SearchRequest;

/**
 * Indexes the same records with each candidate analysis (in memory, the site's fields, boosts and
 * query structure, see QueryBuilder) and scores the known-item queries: how the site's analysis
 * was chosen. Lucene's own analyzers see the query through themselves.
 */
final class AnalyzerComparison {
    /** One candidate: its analyzer and how it turns a query's text into terms and words. */
    record Candidate(String name, Analyzer analyzer, Function<String, QueryText> query) {}

    /** The figures of one candidate. */
    record Result(String name, long indexMillis, long indexBytes, List<KnownItems.Figures> figures) {}

    private AnalyzerComparison() {}

    static List<Candidate> candidates() {
        Set<String> text = Set.of(
                SearchFields.TITLE, SearchFields.NUMBER, SearchFields.ISSUER, SearchFields.TOPIC, SearchFields.BODY);
        Analyzer cjkUnigrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKBigramFilter(
                        new LowerCaseFilter(new CJKWidthFilter(source)),
                        CJKBigramFilter.HAN
                                | CJKBigramFilter.HIRAGANA
                                | CJKBigramFilter.KATAKANA
                                | CJKBigramFilter.HANGUL,
                        true);
                return new TokenStreamComponents(source, stream);
            }
        };
        CJKAnalyzer cjk = new CJKAnalyzer();
        SmartChineseAnalyzer smart = new SmartChineseAnalyzer();
        return List.of(
                new Candidate(
                        "site: bigrams, titles also unigrams",
                        new BigramAnalyzer(SearchIndex.UNIGRAM_FIELDS),
                        QueryText::parse),
                new Candidate("bigrams only", new BigramAnalyzer(Set.of()), QueryText::parse),
                new Candidate("bigrams + unigrams in every field", new BigramAnalyzer(text), QueryText::parse),
                new Candidate("Lucene CJKAnalyzer (bigrams)", cjk, q -> analysed(cjk, q)),
                new Candidate("Lucene CJK bigrams + unigrams", cjkUnigrams, q -> analysed(cjkUnigrams, q)),
                new Candidate("SmartChineseAnalyzer (words)", smart, q -> analysed(smart, q)));
    }

    static List<Result> run(List<SearchRecord> records, SearchTexts texts, List<KnownItems.Query> queries) {
        List<Result> results = new ArrayList<>();
        for (Candidate candidate : candidates()) {
            try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
                long start = System.nanoTime();
                try (SearchIndex index = SearchIndex.create(directory, candidate.analyzer())) {
                    records.forEach(record -> index.put(record, texts.of(record)));
                    index.commit();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                long bytes = 0;
                for (String file : directory.listAll()) {
                    bytes += directory.fileLength(file);
                }
                List<List<String>> ranked = new ArrayList<>();
                try (IndexSearch search = new IndexSearch(directory)) {
                    for (KnownItems.Query query : queries) {
                        ranked.add(search
                                .search(candidate.query().apply(query.text()), SearchRequest.of(query.text(), 10))
                                .hits()
                                .stream()
                                .map(SearchHit::sourcePath)
                                .toList());
                    }
                }
                results.add(new Result(candidate.name(), millis, bytes, KnownItems.score(queries, ranked)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return results;
    }

    /** Terms and words (space-separated parts of two or more tokens) as {@code analyzer} cuts them. */
    static QueryText analysed(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        Set<QueryText.Phrase> words = new LinkedHashSet<>();
        for (String word : text.trim().split("\\s+")) {
            List<String> tokens = new ArrayList<>();
            List<Integer> positions = new ArrayList<>();
            try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, word)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                int position = -1;
                while (stream.incrementToken()) {
                    position += increment.getPositionIncrement();
                    tokens.add(term.toString());
                    positions.add(position);
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            terms.addAll(tokens);
            if (tokens.size() > 1) {
                int first = positions.get(0);
                words.add(new QueryText.Phrase(
                        List.copyOf(tokens),
                        positions.stream().map(p -> p - first).toList()));
            }
        }
        List<QueryText.Alternative> alternatives =
                terms.isEmpty() ? List.of() : List.of(new QueryText.Alternative(List.copyOf(terms), List.of()));
        return new QueryText(
                List.copyOf(terms),
                List.of(),
                alternatives,
                List.copyOf(words),
                List.of(),
                DocNumberKey.of(text),
                false);
    }
}
