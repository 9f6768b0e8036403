package org.opengazette.search.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.opengazette.search.index.SearchFields;

/**
 * Counts facet values over the versions that match a search's text and date filter, each facet
 * with every facet filter applied except its own ("drill sideways"); a value counts documents: a
 * document with several such versions that have the value counts once. Reads the values from the
 * index's doc values (a document's versions are neighbours in the index's order, so a document is
 * counted again only when the id changes); {@code search-engine.js} counts the same way from
 * {@code facets.bin}.
 */
final class FacetCounter {
    /** The facets, in the order of {@link SearchResults#facets()}. */
    static final List<String> FACETS = List.of("status", "kind", "issuer", "year");

    private static final List<String> FIELDS =
            List.of(SearchFields.STATUS, SearchFields.KIND, SearchFields.ISSUER_KEY, SearchFields.YEAR);

    private FacetCounter() {}

    static Map<String, Map<String, Integer>> count(IndexSearcher searcher, Query base, SearchRequest request)
            throws IOException {
        List<List<String>> chosen = List.of(request.statuses(), request.kinds(), request.issuers(), request.years());
        List<Map<String, Integer>> counts = new ArrayList<>();
        List<Map<String, Integer>> counted = new ArrayList<>();
        FACETS.forEach(f -> {
            counts.add(new TreeMap<>());
            counted.add(new HashMap<>());
        });
        searcher.search(base, new SimpleCollector() {
            private final SortedDocValues[] single = new SortedDocValues[4];
            private SortedSetDocValues issuers;
            private SortedDocValues ids;
            private int base;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                for (int f = 0; f < 4; f++) {
                    if (f != 2) {
                        single[f] = context.reader().getSortedDocValues(FIELDS.get(f));
                    }
                }
                issuers = context.reader().getSortedSetDocValues(SearchFields.ISSUER_KEY);
                base += ids == null ? 0 : ids.getValueCount();
                ids = context.reader().getSortedDocValues(SearchFields.ID);
            }

            @Override
            public void collect(int doc) throws IOException {
                ids.advanceExact(doc);
                int document = base + ids.ordValue();
                List<List<String>> values = new ArrayList<>(4);
                for (int f = 0; f < 4; f++) {
                    values.add(f == 2 ? issuers(doc) : single(single[f], doc));
                }
                boolean[] passes = new boolean[4];
                int failing = 0;
                for (int f = 0; f < 4; f++) {
                    List<String> wanted = chosen.get(f);
                    passes[f] = wanted.isEmpty() || values.get(f).stream().anyMatch(wanted::contains);
                    failing += passes[f] ? 0 : 1;
                }
                for (int f = 0; f < 4; f++) {
                    if (failing == 0 || (failing == 1 && !passes[f])) {
                        for (String value : values.get(f)) {
                            Integer last = counted.get(f).put(value, document);
                            if (last == null || last != document) {
                                counts.get(f).merge(value, 1, Integer::sum);
                            }
                        }
                    }
                }
            }

            private List<String> single(SortedDocValues values, int doc) throws IOException {
                return values != null && values.advanceExact(doc)
                        ? List.of(values.lookupOrd(values.ordValue()).utf8ToString())
                        : List.of();
            }

            private List<String> issuers(int doc) throws IOException {
                List<String> names = new ArrayList<>();
                if (issuers != null && issuers.advanceExact(doc)) {
                    for (int i = 0; i < issuers.docValueCount(); i++) {
                        names.add(issuers.lookupOrd(issuers.nextOrd()).utf8ToString());
                    }
                }
                return names;
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
        for (int f = 0; f < 4; f++) {
            facets.put(FACETS.get(f), Collections.unmodifiableMap(counts.get(f)));
        }
        return Collections.unmodifiableMap(facets);
    }
}
