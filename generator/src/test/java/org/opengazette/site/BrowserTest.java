package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo site in a real browser: served over HTTP by {@link StaticServer}, loaded by headless
 * Chromium ({@code --dump-dom}), the resulting DOM parsed with jsoup. The theme's script in the
 * head marks the page as scripted (which shows the 大字版 and 高对比度 buttons), which proves it ran
 * under the page's Content-Security-Policy; the console stays free of CSP violations; the key content
 * of each kind of page is there. One screenshot of the home page goes to
 * {@code generator/target/e2e/browser/home.png}. Without chromium the test fails, saying how to
 * install it. Five Chromium runs, two at a time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The pages the tests look at, loaded in parallel up front (each Chromium start takes a while). */
    private static final List<String> PAGES = List.of(
            "docs/yn-2020-disclosure-key-points/index.html",
            "docs/law-5e4396d9/2015-03-15/index.html",
            "gazette/2020/17/index.html",
            "browse/kind/law/index.html");

    private Path work;
    private Chromium chromium;
    private StaticServer server;
    private final Map<String, Future<Chromium.Output>> loaded = new HashMap<>();
    private ExecutorService browsers;

    @BeforeAll
    void serveTheDemoSiteAndLoadThePages() throws IOException {
        work = DemoSite.scratch("browser");
        chromium = Chromium.find(work);
        server = StaticServer.serve(DemoSite.root());
        browsers = Executors.newFixedThreadPool(2);
        loaded.put(
                "index.html",
                browsers.submit(() ->
                        chromium.dumpDomAndScreenshot(server.url("index.html"), work.resolve("home.png"), 1280, 1600)));
        for (String page : PAGES) {
            loaded.put(page, browsers.submit(() -> chromium.dumpDom(server.url(page))));
        }
    }

    @AfterAll
    void stopServing() throws InterruptedException {
        if (browsers != null) {
            browsers.shutdownNow();
            browsers.awaitTermination(100, TimeUnit.SECONDS);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homePage() {
        Document page = load("index.html");
        assertEquals("云南省人民政府公报（OpenGazette 演示站）", page.selectFirst("h1").text());
        assertFalse(page.select("main table.documents tbody tr").isEmpty(), "latest documents are listed");
        assertFalse(page.select("main ul.issue-list li").isEmpty(), "latest gazette issues are listed");
        List<String> requested =
                server.requests().stream().map(StaticServer.Request::path).toList();
        assertTrue(requested.contains("/assets/style.css"), "the stylesheet was requested: " + requested);
        assertTrue(requested.contains("/assets/site.js"), "the script was requested: " + requested);
    }

    @Test
    void documentPage() {
        Document page = load("docs/yn-2020-disclosure-key-points/index.html");
        assertEquals("云南省人民政府办公厅关于印发2020年云南省政务公开工作要点的通知", page.selectFirst("h1").text());
        List<String> labels = page.select("main .metadata dt").eachText();
        assertTrue(labels.containsAll(List.of("发文机关", "施行日期", "时效性")), labels.toString());
        assertEquals("云南省人民政府办公厅", page.selectFirst(".meta-issuer dd").text());
        assertEquals("2020年8月17日", page.selectFirst(".meta-effective dd").text());
        assertTrue(page.selectFirst("main .document-body").text().contains("2020年云南省政务公开工作要点"));
    }

    @Test
    void versionPageOfAMultiVersionDocument() {
        Document old = load("docs/law-5e4396d9/2015-03-15/index.html");
        assertEquals("中华人民共和国立法法", old.selectFirst("h1").text());
        assertEquals(2, old.select("main ol.versions > li").size(), "both versions are listed");
        Element shown = old.selectFirst("main ol.versions > li[aria-current=page]");
        assertNotNull(shown, "the version shown is marked");
        assertTrue(shown.text().contains("2015年3月15日"), shown.text());
        Element current = old.select("main ol.versions > li").last();
        assertTrue(current.text().contains("2023年3月13日") && current.text().contains("现行版本"), current.text());
        assertTrue(
                old.selectFirst(".banner").text().contains("历史版本"),
                old.selectFirst(".banner").text());
        assertEquals("已修改", old.selectFirst(".meta-status dd").text());
        List<String> labels = old.select("main .metadata dt").eachText();
        assertTrue(labels.containsAll(List.of("发文机关", "施行日期", "时效性")), labels.toString());
    }

    @Test
    void gazetteIssuePage() {
        Document page = load("gazette/2020/17/index.html");
        assertTrue(
                page.selectFirst("h1").text().contains("2020年第17期"),
                page.selectFirst("h1").text());
        assertTrue(page.select("main ol.contents h3").eachText().contains("省政府办公厅文件"));
        assertTrue(page.select("main ol.contents a").eachText().contains("云南省人民政府办公厅关于印发2020年云南省政务公开工作要点的通知"));
    }

    @Test
    void browsePage() {
        Document page = load("browse/kind/law/index.html");
        assertEquals("法律", page.selectFirst("h1").text());
        assertFalse(page.select("main table.documents tbody tr").isEmpty());
        assertEquals(5, page.select("main table.documents thead th[scope=col]").size());
    }

    @Test
    void everyRequestOfThePagesWasServed() {
        loaded.values().forEach(BrowserTest::outcome);
        List<StaticServer.Request> failed =
                server.requests().stream().filter(r -> r.status() != 200).toList();
        assertTrue(failed.isEmpty(), "requests the site could not serve (the favicon too): " + failed);
    }

    @Test
    void screenshotOfTheHomePage() throws Exception {
        Path png = work.resolve("home.png");
        outcome(loaded.get("index.html"));
        assertTrue(Files.isRegularFile(png), "a screenshot was written");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "the screenshot is not empty: " + bytes.length + " bytes");
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "the screenshot is a PNG");
    }

    /** The outcome of a run, its failure rethrown as it was. */
    private static Chromium.Output outcome(Future<Chromium.Output> run) {
        try {
            return run.get(200, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads a page in Chromium and checks what every page must show once its script ran. */
    private Document load(String path) {
        Chromium.Output output = outcome(loaded.get(path));
        Document dom = Jsoup.parse(output.stdout(), server.url(path));
        assertNotNull(dom.selectFirst("main"), path + ": the browser rendered the page:\n" + output.stdout());
        assertTrue(
                dom.selectFirst("html").hasClass("js"),
                path + ": reader.js ran under the page's CSP and marked the page as scripted; console: "
                        + output.console());
        assertEquals(
                List.of("false", "false"),
                dom.select("[data-reader]").eachAttr("aria-pressed"),
                path + ": the 大字版 and 高对比度 buttons are there, not pressed");
        List<String> violations = output.console().stream()
                .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                .toList();
        assertTrue(violations.isEmpty(), path + ": " + violations);
        return dom;
    }
}
