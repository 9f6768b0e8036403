package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.SearchRequest;

/**
 * What a search engine and a reader see of each page of the demo: a version page has a title of
 * its own, a text has one canonical URL (the dated page of the version that applies points to the
 * document's URL and is not in the sitemap), and the internal fields {@code source} and {@code
 * source_path} ({@code public: false} in the demo's site.yaml) appear in no page, data file or
 * search file.
 */
class PageHygieneTest {
    private static final String BASE = "https://gazette.example.gov.cn/";
    private static final String SITE = " - 云南省人民政府公报（OpenGazette 演示站）";

    private final SiteTree site = SiteTree.demo();

    @Test
    void everyVersionPageHasItsOwnTitle() {
        assertEquals(
                "中华人民共和国立法法" + SITE, site.html("docs/law-5e4396d9/index.html").title());
        assertEquals(
                "中华人民共和国立法法（2015年3月15日版本·已修改）" + SITE,
                site.html("docs/law-5e4396d9/2015-03-15/index.html").title());
        assertEquals(
                "中华人民共和国立法法（2023年3月13日版本·现行有效）" + SITE,
                site.html("docs/law-5e4396d9/2023-03-13/index.html").title());
        Map<String, String> seen = new HashMap<>();
        List<String> shared = new ArrayList<>();
        for (String file : site.htmlFiles()) {
            if (file.startsWith("docs/") && !SiteTree.isRedirect(site.html(file))) {
                String title = site.html(file).title();
                String before = seen.putIfAbsent(title, file);
                if (before != null) {
                    shared.add(before + " and " + file + ": " + title);
                }
            }
        }
        assertTrue(shared.isEmpty(), String.join("\n", shared));
    }

    @Test
    void aTextHasOneCanonicalUrl() {
        assertEquals(BASE + "docs/law-5e4396d9/", canonical("docs/law-5e4396d9/index.html"));
        assertEquals(BASE + "docs/law-5e4396d9/", canonical("docs/law-5e4396d9/2023-03-13/index.html"));
        assertEquals(BASE + "docs/law-5e4396d9/2015-03-15/", canonical("docs/law-5e4396d9/2015-03-15/index.html"));
        assertEquals(
                BASE + "docs/law-5e4396d9/",
                site.html("docs/law-5e4396d9/2023-03-13/index.html")
                        .selectFirst("meta[property=og:url]")
                        .attr("content"));

        String sitemap = site.text("sitemap.xml");
        assertTrue(sitemap.contains("<loc>" + BASE + "docs/law-5e4396d9/</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>" + BASE + "docs/law-5e4396d9/2015-03-15/</loc>"), sitemap);
        assertFalse(
                sitemap.contains("docs/law-5e4396d9/2023-03-13/"), "the current version's dated URL is not canonical");
        Matcher loc =
                Pattern.compile("<loc>" + Pattern.quote(BASE) + "(.*?)</loc>").matcher(sitemap);
        while (loc.find()) {
            String page = loc.group(1) + "index.html";
            assertEquals(BASE + loc.group(1), canonical(page), "a sitemap page is its own canonical URL: " + page);
        }
    }

    @Test
    void internalFieldsAreNotPublished() throws IOException {
        Document page = site.html("docs/law-5e4396d9/index.html");
        assertTrue(
                page.select(".meta-source, .meta-source_path").isEmpty(),
                page.select(".metadata").text());
        assertEquals("题注", page.selectFirst(".meta-history dt").text(), "a public custom field is shown");
        JsonNode fields =
                site.json("data/docs/law-5e4396d9.json").get("versions").get(0).get("fields");
        assertTrue(fields.has("history"), fields.toString());
        assertFalse(fields.has("source") || fields.has("source_path"), fields.toString());

        // every source_path value of the demo's files, as written there
        List<String> internal = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DemoSite.content())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                Files.readString(file)
                        .lines()
                        .filter(line -> line.startsWith("source_path: "))
                        .forEach(line -> internal.add(
                                line.substring("source_path: ".length()).replace("\"", "")));
            }
        }
        assertTrue(internal.size() > 40, internal.toString());
        List<String> leaks = new ArrayList<>();
        for (String file : site.files()) {
            if (file.endsWith(".pdf") || file.endsWith(".ico") || file.endsWith(".png")) {
                continue;
            }
            String text = site.text(file);
            internal.stream().filter(text::contains).forEach(value -> leaks.add(file + " contains " + value));
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks.subList(0, Math.min(10, leaks.size()))));
        // 宪法相关法 is written only in source_path values (the source's folder of 立法法, 监督法 …)
        try (IndexSearch search = IndexSearch.open(site.root())) {
            assertEquals(0, search.search(SearchRequest.of("\"宪法相关法\"", 10)).total());
            // while a public custom field is searched: 题注 of 立法法
            assertTrue(search.search(SearchRequest.of("\"第九届全国人民代表大会第三次会议通过\"", 10))
                            .total()
                    > 0);
        }
    }

    private String canonical(String page) {
        return site.html(page).selectFirst("link[rel=canonical]").attr("href");
    }
}
