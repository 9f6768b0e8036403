package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.SearchRequest;

/**
 * Over a site built from the developers' corpus, for every query of {@code queries.tsv} and
 * {@code queries-typed.tsv}, the browser runtime returns the same top 10 as Lucene (same versions,
 * same order, bit-identical scores, same totals, complete counts and facets): all 400 in Node, and
 * every tenth (40) in headless Chromium in one browser session. Skipped, saying so, when the corpus is not there.
 */
class CorpusParityTest {
    @TempDir
    static Path temp;

    static Path site;
    static List<CorpusQueries.Query> queries;

    @BeforeAll
    static void buildCorpus() throws Exception {
        assumeTrue(
                CorpusQueries.present(),
                "no corpus at " + CorpusQueries.CORPUS + " (set -Dgazette.corpus=DIR); corpus parity not checked");
        site = temp.resolve("site");
        BuiltSite.build(CorpusQueries.CORPUS, site);
        queries = CorpusQueries.queries();
        assertEquals(400, queries.size());
    }

    private static List<SearchRequest> requests(List<CorpusQueries.Query> chosen) {
        return chosen.stream().map(query -> SearchRequest.of(query.text(), 10)).toList();
    }

    private static List<String> differences(List<SearchRequest> requests, List<JsonNode> browser) throws Exception {
        List<String> differences = new ArrayList<>();
        try (IndexSearch lucene = IndexSearch.open(site)) {
            for (int i = 0; i < requests.size(); i++) {
                differences.addAll(Parity.differences(requests.get(i), lucene.search(requests.get(i)), browser.get(i)));
            }
        }
        return differences;
    }

    @Test
    void nodeRunsAllQueriesLikeLucene() throws Exception {
        List<SearchRequest> requests = requests(queries);
        assertEquals(List.of(), differences(requests, NodeRunner.run(site, requests)));
    }

    /** As a large library reads them: frequencies only for the versions of the best tiers. */
    @Test
    void nodeScoringTheBestTiersOnlyRanksAllQueriesLikeLucene() throws Exception {
        List<SearchRequest> requests = requests(queries);
        List<JsonNode> browser = NodeRunner.runDeferringFrequencies(site, requests);
        assertEquals(List.of(), differences(requests, browser));
        long deferring = browser.stream()
                .filter(result -> result.get("deferred").asInt() > 0)
                .count();
        assertTrue(deferring > requests.size() / 2, "queries with deferred frequencies: " + deferring);
    }

    /**
     * A mistyped character, a question, alternatives: the document is still found through its other
     * words, first, in Lucene and (same hits) in the browser runtime.
     */
    @Test
    void aTypoAQuestionOrAlternativesStillFindTheDocument() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("浙江省物业管理条理", "local_regulation/local_regulation-103aefe2.md");
        expected.put("个人信息处理者需要做什么", "law/law-2ed52a01.md");
        expected.put("耕地占用税怎么缴纳", "law/law-39e536a7.md");
        expected.put("不存在的词语 OR 耕地占用税法", "law/law-39e536a7.md");
        List<SearchRequest> requests = expected.keySet().stream()
                .map(text -> SearchRequest.of(text, 10))
                .toList();
        try (IndexSearch lucene = IndexSearch.open(site)) {
            for (SearchRequest request : requests) {
                assertEquals(
                        expected.get(request.text()),
                        lucene.search(request).hits().get(0).sourcePath(),
                        request.text());
            }
        }
        assertEquals(List.of(), differences(requests, NodeRunner.run(site, requests)));
    }

    @Test
    void chromiumRunsEveryTenthQueryLikeLucene() throws Exception {
        String chromium = Chromium.executable().orElse(null);
        assumeTrue(
                chromium != null, "Debian's chromium is not installed (.ci/run installs it); Chromium parity skipped");
        List<CorpusQueries.Query> chosen = new ArrayList<>();
        for (int i = 0; i < queries.size(); i += 10) {
            chosen.add(queries.get(i));
        }
        List<SearchRequest> requests = requests(chosen);
        ObjectMapper json = new ObjectMapper();
        ArrayNode array = json.createArrayNode();
        requests.forEach(request -> array.add(NodeRunner.json(request)));
        Files.writeString(site.resolve("parity-requests.json"), json.writeValueAsString(array));
        for (String file : List.of("parity.html", "parity.js")) {
            try (InputStream resource = CorpusParityTest.class.getResourceAsStream("/search/" + file)) {
                Files.write(site.resolve(file), resource.readAllBytes());
            }
        }
        JsonNode results;
        try (StaticServer server = new StaticServer(site)) {
            String dom = Chromium.dumpDom(chromium, server.uri("parity.html"), 300_000);
            Element out = Jsoup.parse(dom).getElementById("results");
            assertTrue(out != null && "true".equals(out.attr("data-done")), "the page did not finish: " + dom);
            results = json.readTree(out.text());
        }
        List<JsonNode> browser = new ArrayList<>();
        results.forEach(browser::add);
        assertEquals(requests.size(), browser.size());
        assertEquals(List.of(), differences(requests, browser));
    }
}
