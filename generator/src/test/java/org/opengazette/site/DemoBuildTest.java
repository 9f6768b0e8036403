package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opengazette.pipeline.BuildResult;

/**
 * The demo content builds without errors, and every page its sources call for exists: home, each
 * document and each version of a multi-version document, browse overview, facet overviews and
 * every facet value's pages, gazette index/year/issue pages, static pages, 404, sitemap, robots,
 * the open data files and the manifest. Expectations come from the content files themselves.
 */
class DemoBuildTest {
    private static final Pattern TOTAL = Pattern.compile("(\\d+)");

    private final SiteTree site = SiteTree.demo();

    @Test
    void demoContentBuildsWithoutErrors() {
        BuildResult result = DemoSite.result();
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertEquals(0, result.errors(), () -> result.diagnostics().toString());
        assertEquals(DemoContent.documents(DemoSite.content()).size(), result.documents());
        assertEquals(site.htmlFiles().size(), result.pages(), "every page the build reports is an HTML file");
        assertEquals(site.files().size(), result.files(), "every file the build reports, the manifest included");
    }

    @Test
    void everyDocumentAndVersionHasItsPage() {
        List<String> missing = new ArrayList<>();
        for (DemoContent.Doc doc : DemoContent.documents(DemoSite.content())) {
            expect(missing, "docs/" + doc.id() + "/index.html");
            expect(missing, "data/docs/" + doc.id() + ".json");
            for (String version : doc.versions()) {
                expect(missing, "docs/" + doc.id() + "/" + version + "/index.html");
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertTrue(
                DemoContent.documents(DemoSite.content()).stream().anyMatch(DemoContent.Doc::hasSeveralVersions),
                "the demo has multi-version documents");
    }

    @Test
    void siteWidePagesAndFilesExist() {
        List<String> missing = new ArrayList<>();
        for (String path : List.of(
                "index.html",
                "404.html",
                "sitemap.xml",
                "robots.txt",
                "manifest.json",
                "data/catalog.json",
                "assets/style.css",
                "assets/site.js",
                "browse/index.html",
                "gazette/index.html")) {
            expect(missing, path);
        }
        for (String slug : DemoContent.pages(DemoSite.content())) {
            expect(missing, "pages/" + slug + "/index.html");
        }
        for (DemoContent.Issue issue : DemoContent.issues(DemoSite.content())) {
            expect(missing, "gazette/" + issue.year() + "/index.html");
            expect(missing, "gazette/" + issue.year() + "/" + issue.number() + "/index.html");
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertFalse(DemoContent.pages(DemoSite.content()).isEmpty());
        assertFalse(DemoContent.issues(DemoSite.content()).isEmpty());
    }

    @Test
    void gazetteIssuesAreListedUnderTheirYears() {
        for (DemoContent.Issue issue : DemoContent.issues(DemoSite.content())) {
            String year = "gazette/" + issue.year() + "/index.html";
            assertTrue(
                    mainLinks(year).contains("gazette/" + issue.year() + "/" + issue.number() + "/index.html"),
                    year + " lists issue " + issue.number());
            assertTrue(mainLinks("gazette/index.html").contains(year), "the gazette index lists " + issue.year());
        }
    }

    /**
     * Each facet overview lists exactly the values the documents have (as they apply on the as-of
     * date), and each value's pages together list as many documents as the overview counts.
     */
    @Test
    void everyFacetValueHasItsPagesWithTheRightCounts() {
        JsonNode catalog = site.json("data/catalog.json");
        Map<String, Map<String, Integer>> expected = new TreeMap<>();
        for (JsonNode version : catalog.get("versions")) {
            if (!version.get("applying").asBoolean()) {
                continue;
            }
            count(expected, "kind", version.get("kind").asText());
            count(expected, "status", version.get("status").asText());
            version.get("issuer").forEach(issuer -> count(expected, "issuer", issuer.asText()));
            String date = firstDate(version, "published", "effective", "signed");
            if (date != null) {
                count(expected, "year", date.substring(0, 4));
            }
            JsonNode data = site.json(version.get("data_url").asText());
            for (JsonNode record : data.get("versions")) {
                if (record.get("applying").asBoolean()) {
                    record.get("topics").forEach(topic -> count(expected, "topic", topic.asText()));
                }
            }
        }
        for (String facet : List.of("kind", "issuer", "topic", "year", "status")) {
            String overview = "browse/" + facet + "/index.html";
            assertTrue(mainLinks("browse/index.html").contains(overview), "browse lists " + facet);
            Map<String, Integer> listed = new TreeMap<>();
            for (Element link : site.html(overview).select("main ul.link-list > li")) {
                Element a = link.selectFirst("a");
                String target = site.resolve(overview, a.attr("href"));
                // kind, status and year are filed under their key; issuer and topic under a hash of the name
                String value = facet.equals("issuer") || facet.equals("topic") ? a.text() : target.split("/")[2];
                int count = Integer.parseInt(number(link.selectFirst(".muted").text()));
                listed.put(value, count);
                assertEquals(count, documentsListed(target), overview + " → " + target);
            }
            assertEquals(expected.get(facet), listed, overview);
        }
    }

    @Test
    void sitemapListsEveryCanonicalPageButThe404AndRobotsPointsToIt() {
        String baseUrl = "https://gazette.example.gov.cn/";
        TreeSet<String> expected = new TreeSet<>();
        for (String page : site.htmlFiles()) {
            if (page.equals("404.html")) {
                continue;
            }
            String url = baseUrl + page.substring(0, page.length() - "index.html".length());
            Document html = site.html(page);
            if (!SiteTree.isRedirect(html)
                    && html.selectFirst("link[rel=canonical]").attr("href").equals(url)) {
                expected.add(url);
            }
        }
        assertTrue(expected.size() > 100, expected.toString());
        TreeSet<String> listed = new TreeSet<>();
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(site.text("sitemap.xml"));
        while (loc.find()) {
            listed.add(loc.group(1));
        }
        assertEquals(expected, listed);
        assertTrue(site.text("robots.txt").contains("Sitemap: " + baseUrl + "sitemap.xml\n"), site.text("robots.txt"));
    }

    /** The rows over every page of a paginated list that starts at {@code first}. */
    private int documentsListed(String first) {
        Document page = site.html(first);
        int total = Integer.parseInt(number(page.selectFirst("main p.muted").text()));
        int rows = page.select("main table.documents tbody tr").size();
        String current = first;
        for (Element next = page.selectFirst("a[rel=next]"); next != null; next = page.selectFirst("a[rel=next]")) {
            current = site.resolve(current, next.attr("href"));
            page = site.html(current);
            rows += page.select("main table.documents tbody tr").size();
        }
        assertEquals(total, rows, first + ": the total shown matches the rows over all pages");
        return rows;
    }

    /** The site paths the links inside {@code <main>} of a page lead to. */
    private List<String> mainLinks(String page) {
        return site.html(page).select("main a[href]").stream()
                .map(a -> site.resolve(page, a.attr("href")))
                .toList();
    }

    private static String firstDate(JsonNode version, String... keys) {
        for (String key : keys) {
            if (!version.get(key).isNull()) {
                return version.get(key).asText();
            }
        }
        return null;
    }

    private static String number(String text) {
        Matcher m = TOTAL.matcher(text);
        assertTrue(m.find(), "a count in: " + text);
        return m.group(1);
    }

    private static void count(Map<String, Map<String, Integer>> counts, String facet, String value) {
        counts.computeIfAbsent(facet, f -> new TreeMap<>()).merge(value, 1, Integer::sum);
    }

    private void expect(List<String> missing, String path) {
        if (!site.isFile(path)) {
            missing.add(path);
        }
    }
}
