package org.opengazette.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildRequest;

/**
 * The preview as an editor meets it, over real HTTP: pages carry the reload script, byte ranges
 * are served as the search page asks for them, a save reloads the open pages with the change,
 * and a mistake replaces every page by the list of errors until it is fixed. The demo project has
 * no {@code themes/} folder: one created while the preview runs is watched from then on.
 */
class PreviewServerTest {
    private static final String READING = "content/documents/interpretation/yn-2020-disclosure-key-points-reading.md";

    @TempDir
    static Path work;

    private static Path project;
    private static PreviewServer server;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final BlockingQueue<String> EVENTS = new ArrayBlockingQueue<>(100);

    @BeforeAll
    static void start() throws Exception {
        project = FileTrees.copyDemoProject(work.resolve("project"));
        BuildRequest request = BuildRequest.forProject(project).withAsOf(LocalDate.of(2026, 11, 28));
        request = request.withPdf(request.pdf().withEnabled(false));
        server = new PreviewServer(request, 0, result -> {});
        // listens as a page's EventSource does: a stream the server ends (after each reload) is opened again
        Thread listener = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    InputStream stream = HTTP.send(
                                    HttpRequest.newBuilder(URI.create(server.address() + "__gazette/events"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofInputStream())
                            .body();
                    try (BufferedReader lines =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            if (line.equals("event: reload")) {
                                EVENTS.add("reload");
                            }
                        }
                    }
                } catch (IOException e) {
                    return; // the server stopped
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        listener.setDaemon(true);
        listener.start();
        waitUntil(() -> server.openStreams() == 1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void pagesCarryTheReloadScriptAndKeepTheirPolicy() throws Exception {
        String home = get("").body();
        assertTrue(
                home.matches(
                        "(?s).*<script src=\"/__gazette/reload.js\" data-generation=\"\\d+\"></script>\n</body>.*"),
                home);
        assertTrue(home.contains("script-src 'self'"), "the page keeps its strict CSP");
        assertTrue(get("__gazette/reload.js").body().contains("EventSource"));
        assertEquals(404, get("no/such/page/").statusCode());
        assertEquals(404, get("../../etc/passwd").statusCode());
    }

    @Test
    void byteRangesAreServed() throws Exception {
        Path file = Files.list(project.resolve("target/site").resolve("search/index"))
                .filter(Files::isRegularFile)
                .filter(f -> f.toFile().length() > 100)
                .findFirst()
                .orElseThrow();
        String path = project.resolve("target/site").relativize(file).toString();
        byte[] whole = Files.readAllBytes(file);
        HttpResponse<byte[]> part = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.address() + path))
                        .header("Range", "bytes=10-49")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals(
                "bytes 10-49/" + whole.length,
                part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole, 10, 50), part.body());
        HttpResponse<byte[]> tail = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.address() + path))
                        .header("Range", "bytes=-7")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 7, whole.length), tail.body());
        HttpResponse<byte[]> outside = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.address() + path))
                        .header("Range", "bytes=" + whole.length + "-")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(416, outside.statusCode());
    }

    @Test
    void aSaveReloadsWithTheChangeAndAMistakeShowsTheErrorsUntilFixed() throws Exception {
        Path file = project.resolve(READING);
        String page = "docs/yn-2020-disclosure-key-points-reading/";
        EVENTS.clear();
        FixtureProject.edit(file, "要点共分四个部分", "要点共分四个部分（预览测试）");
        assertEquals("reload", EVENTS.poll(30, TimeUnit.SECONDS));
        awaitPage(page, html -> html.contains("（预览测试）"), "the page shows the saved text");

        FixtureProject.edit(file, "kind: interpretation", "kind: interpretation\npublished: 2020-13-45");
        awaitPage(
                page,
                html -> html.contains("[invalid-date]") || html.contains("[duplicate-key]"),
                "the page shows the mistake");
        String overlay = get(page).body();
        assertTrue(overlay.contains("yn-2020-disclosure-key-points-reading.md:"), overlay);
        assertTrue(get("").body().contains("role=\"alert\""), "every page shows the errors");

        FixtureProject.edit(file, "kind: interpretation\npublished: 2020-13-45", "kind: interpretation");
        awaitPage(page, html -> html.contains("（预览测试）") && !html.contains("role=\"alert\""), "fixed: the site is back");
    }

    @Test
    void aThemesFolderCreatedWhileServingIsUsedAndWatched() throws Exception {
        assertTrue(get("assets/style.css").body().contains("--accent"), "the built-in stylesheet");
        Path theme = project.resolve("themes/default");
        Files.createDirectories(theme.resolve("static"));
        Files.writeString(theme.resolve("static/style.css"), "body { color: #111; } /* created */\n");
        awaitPage("assets/style.css", css -> css.contains("/* created */"), "the new themes/ folder's stylesheet");

        Files.writeString(theme.resolve("static/style.css"), "body { color: #222; } /* edited */\n");
        awaitPage("assets/style.css", css -> css.contains("/* edited */"), "an edit inside the new folder");

        FileTrees.delete(project.resolve("themes"));
        awaitPage("assets/style.css", css -> css.contains("--accent"), "the built-in stylesheet again");
    }

    @Test
    void aPageServedBeforeARebuildLearnsOfItWhenItsStreamOpens() throws Exception {
        java.util.regex.Matcher stamp =
                java.util.regex.Pattern.compile("data-generation=\"(\\d+)\"").matcher(get("").body());
        assertTrue(stamp.find());
        EVENTS.clear();
        FixtureProject.edit(project.resolve(READING), "## 一、总体要求", "## 一、总体要求\n\n（代次测试）");
        assertEquals("reload", EVENTS.poll(30, TimeUnit.SECONDS));
        // the page's own stream opens only now, after the reload was sent: it is told the new generation
        HttpResponse<InputStream> stream = HTTP.send(
                HttpRequest.newBuilder(URI.create(server.address() + "__gazette/events"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals("retry: 1000", lines.readLine());
            assertEquals("event: generation", lines.readLine());
            String data = lines.readLine();
            assertTrue(
                    data.startsWith("data: ") && !data.equals("data: " + stamp.group(1)),
                    "the stream tells a newer generation than the page shows: " + data);
        }
    }

    /** Waits (up to 30 s) until the page satisfies {@code condition}, as an open page that reloads on every event would. */
    private static void awaitPage(String path, java.util.function.Predicate<String> condition, String what)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String html = get(path).body();
        while (!condition.test(html) && System.nanoTime() < deadline) {
            EVENTS.poll(200, TimeUnit.MILLISECONDS);
            html = get(path).body();
        }
        assertTrue(condition.test(html), what + ":\n" + html);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(server.address() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean());
    }
}
