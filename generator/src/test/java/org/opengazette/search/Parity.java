package org.opengazette.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.opengazette.search.query.SearchHit;
import org.opengazette.search.query.SearchRequest;
import org.opengazette.search.query.SearchResults;

/**
 * Compares what the browser runtime answered with what Lucene answered for the same request:
 * the same hits (each the same version of the same document, with the same other versions) in the
 * same order with bit-identical float scores, the same total, the same
 * facet counts and the same exact 发文字号 matches.
 */
final class Parity {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Parity() {}

    /** A description of every difference (empty when there is none). */
    static List<String> differences(SearchRequest request, SearchResults lucene, JsonNode browser) {
        List<String> differences = new ArrayList<>();
        if (lucene.total() != browser.get("total").asLong()) {
            differences.add("total " + lucene.total() + " vs " + browser.get("total"));
        }
        if (lucene.complete() != browser.get("complete").asLong()) {
            differences.add("complete " + lucene.complete() + " vs " + browser.get("complete"));
        }
        JsonNode hits = browser.get("hits");
        if (hits.size() != lucene.hits().size()) {
            differences.add("hit count " + lucene.hits().size() + " vs " + hits.size());
        }
        for (int i = 0; i < Math.min(hits.size(), lucene.hits().size()); i++) {
            SearchHit expected = lucene.hits().get(i);
            JsonNode actual = hits.get(i);
            float score = (float) actual.get("score").asDouble();
            if (expected.ord() != actual.get("ord").asInt()
                    || Float.floatToIntBits(expected.score()) != Float.floatToIntBits(score)
                    || !expected.id().equals(actual.get("id").asText())
                    || !expected.sourcePath().equals(actual.get("source").asText())
                    || expected.current() != actual.get("current").asBoolean()
                    || !JSON.valueToTree(expected.others().stream()
                                    .map(SearchHit::ord)
                                    .toList())
                            .equals(actual.get("others"))) {
                differences.add("hit " + (i + 1) + ": " + expected.ord() + " (" + expected.id() + ", others "
                        + expected.others().stream().map(SearchHit::ord).toList() + ") " + expected.score()
                        + " vs " + actual.get("ord") + " (" + actual.get("id").asText() + ", others "
                        + actual.get("others") + ") " + score);
            }
        }
        if (!JSON.valueToTree(lucene.facets()).equals(browser.get("facets"))) {
            differences.add("facets " + lucene.facets() + " vs " + browser.get("facets"));
        }
        if (!JSON.valueToTree(lucene.exact()).equals(browser.get("exact"))) {
            differences.add("exact " + lucene.exact() + " vs " + browser.get("exact"));
        }
        if (browser.get("inexact").asLong() != 0) {
            differences.add(browser.get("inexact") + " inexact double sums (their order could matter)");
        }
        return differences.isEmpty()
                ? differences
                : List.of(NodeRunner.json(request) + ": " + String.join("; ", differences));
    }
}
