package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.SearchHit;
import org.opengazette.search.query.SearchRequest;
import org.opengazette.search.query.SearchResults;

/**
 * The search page of the demo site in headless Chromium, served like any static host (with HTTP
 * Range) under the site's Content-Security-Policy: the hits are links in Lucene's order inside
 * {@code [data-search-results]}, the count is in a live region, facets are counted, a query for
 * nothing explains how to widen it.
 */
class SearchPageBrowserTest {
    @TempDir
    static Path temp;

    static Path site;
    static StaticServer server;
    static String chromium;

    @BeforeAll
    static void serveDemo() throws Exception {
        chromium = Chromium.executable().orElse(null);
        assumeTrue(chromium != null, "Debian's chromium is not installed (.ci/run installs it); browser test skipped");
        site = temp.resolve("site");
        BuiltSite.build(null, site);
        server = new StaticServer(site);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Document page(String query) throws Exception {
        URI url = server.uri("search/index.html" + query);
        return Jsoup.parse(Chromium.dumpDom(chromium, url, 20_000), url.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void hitsAreLinksInLuceneOrderWithCountAndFacets() throws Exception {
        String text = "国务院 条例";
        Document dom = page("?q=" + encode(text) + "&status=in_force");
        List<String> links =
                dom.select("[data-search-results] > li > a.hit-title").eachAttr("abs:href");
        SearchResults lucene;
        try (IndexSearch search = IndexSearch.open(site)) {
            lucene = search.search(new SearchRequest(
                    text,
                    List.of("in_force"),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    SearchRequest.Sort.RELEVANCE,
                    10));
        }
        assertFalse(lucene.hits().isEmpty());
        assertEquals(
                lucene.hits().stream()
                        .map(hit -> server.uri(hit.url()).toString())
                        .toList(),
                links);
        Element status = dom.selectFirst("[data-search-status]");
        assertNotNull(status);
        assertEquals("status", status.attr("role"));
        assertTrue(status.text().contains(String.valueOf(lucene.total())), status.text());
        assertEquals("true", dom.select(".search-facets a:contains(现行有效)").attr("aria-current"));
        assertTrue(dom.select(".hit-snippet mark").size() > 0, "snippets are highlighted");
    }

    @Test
    void aDocumentIsOneHitWithItsOtherVersionsFoldedAndFacetsSayTheyCountDocuments() throws Exception {
        SearchHit expected;
        try (IndexSearch search = IndexSearch.open(site)) {
            expected = search.search(SearchRequest.of("放假办法", 10)).hits().get(0);
        }
        assertTrue(expected.current());
        assertFalse(expected.others().isEmpty(), "the demo has two versions of the holiday rules");
        Document dom = page("?q=" + encode("放假办法"));
        Element first = dom.selectFirst("[data-search-results] > li");
        assertNotNull(first);
        assertEquals(
                server.uri(expected.url()).toString(),
                first.selectFirst("a.hit-title").attr("abs:href"));
        assertEquals(
                "另有 " + expected.others().size() + " 个历史版本",
                first.select("details > summary").text());
        assertEquals(
                expected.others().stream()
                        .map(hit -> server.uri(hit.url()).toString())
                        .toList(),
                first.select("details a").eachAttr("abs:href"));
        assertTrue(first.select(".tag").isEmpty(), "the version in force is not labelled");
        assertTrue(dom.select(".search-facets").text().contains("文件数"), "facets say what they count");

        String onlyOld = "\"春节，放假3天\""; // the 2013 text; the version in force gives four days
        SearchHit old;
        try (IndexSearch search = IndexSearch.open(site)) {
            old = search.search(SearchRequest.of(onlyOld, 10)).hits().get(0);
        }
        assertEquals(expected.others().get(0).url(), old.url());
        assertFalse(old.current());
        Element hit = page("?q=" + encode(onlyOld)).selectFirst("[data-search-results] > li");
        assertNotNull(hit);
        assertEquals(
                server.uri(old.url()).toString(), hit.selectFirst("a.hit-title").attr("abs:href"));
        assertEquals("历史版本", hit.select(".tag").text());
        assertTrue(hit.select("details").isEmpty());
    }

    @Test
    void aQueryReadsOfTheDocumentsOnlyTheRecordsAndSnippetsOfWhatItLists() throws Exception {
        server.resetBytes();
        Document dom = page("?q=" + encode("人民政府 管理"));
        int listed = dom.select("[data-search-results] > li").size()
                + dom.select("[data-search-results] details a").size();
        assertTrue(listed >= 10, dom.select("[data-search]").html());
        // a record's slot per version listed, and a snippet of 120 characters (UTF-16) per hit:
        // no stretch of text between two of them, as when ranges up to 16 kB apart were read as
        // one from a server that sends several ranges in one answer
        long slot = new ObjectMapper()
                .readTree(site.resolve("search/index/meta.json").toFile())
                .get("recordBytes")
                .asLong();
        long docs = server.bytesSent("search/index/records.bin") + server.bytesSent("search/index/texts.bin");
        assertTrue(docs <= listed * (slot + 2 * 120), "record and text bytes " + docs + " for " + listed + " versions");
    }

    @Test
    void aServerThatIgnoresRangeGivesTheSameHitsWholeFileByWholeFile() throws Exception {
        String query = "?q=" + encode("人民政府 管理") + "&sort=date";
        List<String> ranged = page(query).select("[data-search-results] > li > a.hit-title").eachAttr("href").stream()
                .map(href -> href.replaceFirst("^http://[^/]+", ""))
                .toList();
        try (StaticServer plain = new StaticServer(site, false)) {
            URI url = plain.uri("search/index.html" + query);
            Document dom = Jsoup.parse(Chromium.dumpDom(chromium, url, 20_000), url.toString());
            List<String> whole = dom.select("[data-search-results] > li > a.hit-title").eachAttr("href").stream()
                    .map(href -> href.replaceFirst("^http://[^/]+", ""))
                    .toList();
            assertFalse(ranged.isEmpty());
            assertEquals(ranged, whole);
            assertTrue(
                    plain.bytesSent()
                            <= Files.size(site.resolve("search/index/records.bin"))
                                    + Files.size(site.resolve("search/index/texts.bin"))
                                    + Files.size(site.resolve("search/index/terms.bin"))
                                    + Files.size(site.resolve("search/index/postings.bin"))
                                    + Files.size(site.resolve("search/index/positions.bin"))
                                    + 300_000,
                    "each file is fetched whole at most once: " + plain.bytesSent());
        }
    }

    @Test
    void aDocNumberShowsItsDocumentAndNothingFoundSuggestsDroppingFilters() throws Exception {
        Document exact = page("?q=" + encode("法释[2024]3号"));
        assertTrue(
                exact.select(".search-exact a").size() == 1,
                exact.select("[data-search]").html());
        Document none = page("?q=" + encode("\"政务公开\"") + "&kind=constitution");
        assertTrue(none.select("[data-search-results] > li").isEmpty());
        assertFalse(none.select(".search-none a").isEmpty(), "a link that removes the filters");
    }
}
