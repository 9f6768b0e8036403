package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.SearchRequest;
import org.opengazette.search.query.SearchResults;

/**
 * The browser runtime, run in Node over the demo site's export, answers every request exactly as
 * Lucene does: titles, 发文字号, passages cut from bodies, phrases, filters, dates and both orders.
 */
class DemoParityTest {
    @TempDir
    static Path temp;

    static Path site;

    @BeforeAll
    static void buildDemo() {
        site = temp.resolve("site");
        BuiltSite.build(null, site);
    }

    static List<SearchRequest> requests() throws IOException {
        List<SearchRequest> requests = new ArrayList<>();
        JsonNode catalog =
                new ObjectMapper().readTree(site.resolve("data/catalog.json").toFile());
        List<String> texts = new ArrayList<>();
        for (JsonNode version : catalog.get("versions")) {
            requests.add(SearchRequest.of(version.get("title").asText(), 10));
            if (!version.get("doc_number").isNull()) {
                requests.add(SearchRequest.of(version.get("doc_number").asText(), 10));
            }
        }
        try (Stream<Path> files = Files.list(site.resolve("data/docs"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode version :
                        new ObjectMapper().readTree(file.toFile()).get("versions")) {
                    texts.add(version.get("text").asText());
                }
            }
        }
        Random random = new Random(20261128);
        for (int i = 0; i < 60; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            int length = 2 + random.nextInt(13);
            int start = random.nextInt(Math.max(1, text.length() - length));
            String passage = text.substring(start, Math.min(text.length(), start + length));
            requests.add(SearchRequest.of(i % 3 == 0 ? "\"" + passage + "\"" : passage, 10));
        }
        for (String text : List.of(
                "政务公开",
                "人民政府 信息公开",
                "\"人民政府\" 条例",
                "“国务院” 组织法 修改",
                "法释〔2024〕3号",
                "法释[2024]3号",
                "国家工商行政管理总局令第73号",
                "第一条",
                "2020",
                "GB",
                "人民政府人民政府",
                "\"政务 公开\"",
                "不存在的词语组合",
                "《》",
                "\"未闭合的引号",
                "条例 条例 条例",
                "个人信息保护",
                "政务公开重点工作要点",
                "行政规范性文件管理办法",
                "北京市物业管理条理",
                "人民政府信息公开2020",
                "\"政务公开\"重点工作",
                "中华人民共和国行政许可法".repeat(100),
                "政务公开 -要点",
                "条例 -国务院 -修改",
                "-政务公开",
                "人民政府 －信息公开",
                "\"中华人民共和国\" 行政 许可 ".repeat(40),
                "放假办法 OR 物业管理",
                "\"政务公开\" OR 信息公开 OR 法释〔2024〕3号",
                "个人信息 OR 行政许可 -修改",
                "OR 条例 OR",
                "个人信息出境需要做什么")) {
            requests.add(SearchRequest.of(text, 10));
        }
        requests.add(SearchRequest.of("人民", 50));
        requests.add(new SearchRequest(
                "政务公开工作要点", List.of(), List.of(), List.of(), List.of(), null, SearchRequest.Sort.DATE, 20));
        requests.add(new SearchRequest(
                "条例", List.of("in_force"), List.of(), List.of(), List.of(), null, SearchRequest.Sort.RELEVANCE, 10));
        requests.add(new SearchRequest(
                "法",
                List.of("amended", "expired"),
                List.of("law"),
                List.of(),
                List.of(),
                null,
                SearchRequest.Sort.DATE,
                10));
        requests.add(new SearchRequest(
                "规定",
                List.of(),
                List.of(),
                List.of("国务院", "最高人民法院"),
                List.of("2024", "2020"),
                null,
                SearchRequest.Sort.RELEVANCE,
                10));
        requests.add(new SearchRequest(
                "", List.of("in_force"), List.of(), List.of(), List.of(), null, SearchRequest.Sort.DATE, 20));
        requests.add(new SearchRequest(
                "", List.of(), List.of(), List.of(), List.of("2024"), null, SearchRequest.Sort.RELEVANCE, 10));
        for (String day : List.of("1990-01-01", "2015-03-15", "2020-06-30", "2024-11-09", "2026-11-28")) {
            requests.add(new SearchRequest(
                    "法",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    LocalDate.parse(day),
                    SearchRequest.Sort.DATE,
                    10));
            requests.add(new SearchRequest(
                    "",
                    List.of(),
                    List.of("law"),
                    List.of(),
                    List.of(),
                    LocalDate.parse(day),
                    SearchRequest.Sort.RELEVANCE,
                    10));
        }
        requests.add(new SearchRequest(
                "", List.of(), List.of(), List.of(), List.of(), null, SearchRequest.Sort.RELEVANCE, 10));
        return requests;
    }

    @Test
    void browserRuntimeAnswersEveryRequestAsLuceneDoes() throws Exception {
        List<SearchRequest> requests = requests();
        List<JsonNode> browser = NodeRunner.run(site, requests);
        List<String> differences = new ArrayList<>();
        int withHits = 0;
        try (IndexSearch lucene = IndexSearch.open(site)) {
            for (int i = 0; i < requests.size(); i++) {
                SearchResults expected = lucene.search(requests.get(i));
                withHits += expected.hits().isEmpty() ? 0 : 1;
                differences.addAll(Parity.differences(requests.get(i), expected, browser.get(i)));
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(withHits > requests.size() * 3 / 4, "most requests find something: " + withHits);
    }

    /**
     * Frequencies read only for the versions of the best tiers, as for a large library: the same
     * hits, order, scores, totals and facets.
     */
    @Test
    void browserRuntimeScoringTheBestTiersOnlyAnswersAsLuceneDoes() throws Exception {
        List<SearchRequest> requests = requests();
        List<JsonNode> browser = NodeRunner.runDeferringFrequencies(site, requests);
        List<String> differences = new ArrayList<>();
        try (IndexSearch lucene = IndexSearch.open(site)) {
            for (int i = 0; i < requests.size(); i++) {
                differences.addAll(Parity.differences(requests.get(i), lucene.search(requests.get(i)), browser.get(i)));
            }
        }
        assertEquals(List.of(), differences);
        long deferring = browser.stream()
                .filter(result -> result.get("deferred").asInt() > 0)
                .count();
        assertTrue(deferring > requests.size() / 4, "requests with deferred frequencies: " + deferring);
    }
}
