package org.opengazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.opengazette.pdf.PdfOptions;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.serve.PreviewServer;

/**
 * The editor's loop, end to end: starts {@code gazette serve} on a copy of a content folder (the
 * corpus or the demo), opens a document page in headless Chromium (driven over the DevTools
 * protocol), then saves edits to that document (a body edit, a title edit, a date edit, in turn)
 * and measures the time from the save to the reloaded page showing the change. Prints every edit
 * and the median per kind, and the heap in use (after a full GC) before and after the edits.
 * Options: {@code --project} (site-config/, and themes/ when it has one), {@code --content}, {@code --edits},
 * {@code --work}, {@code --chromium}, {@code --seed}.
 */
public final class PreviewBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUBLISHED = Pattern.compile("(?m)^published: (\\d{4})-(\\d{2})-(\\d{2})$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title: \"([^\"]*)\"$");

    private PreviewBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path content = Path.of(options.get("content"));
        if (!Files.isDirectory(content)) {
            System.out.println("bench: no content at " + content + "; nothing measured");
            return;
        }
        Path work = Path.of(options.getOrDefault("work", "target/preview-bench"));
        Path project = work.resolve("project");
        Tree.delete(project);
        Tree.copy(Path.of(options.get("project")).resolve("site-config"), project.resolve("site-config"));
        Path themes = Path.of(options.get("project")).resolve("themes");
        if (Files.isDirectory(themes)) {
            Tree.copy(themes, project.resolve("themes"));
        }
        Tree.copy(content, project.resolve("content"));
        int edits = Integer.parseInt(options.getOrDefault("edits", "30"));
        List<Path> candidates = editable(project.resolve("content"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "20261201")));

        BuildRequest request = BuildRequest.forProject(project).withAsOf(LocalDate.of(2026, 12, 1));
        request = request.withPdf(PdfOptions.defaults(work.resolve("pdf")).withEnabled(false));
        long start = System.nanoTime();
        try (PreviewServer server = new PreviewServer(
                request,
                0,
                result -> System.out.printf(
                        "bench: (%.3f s) build %s%n",
                        (System.nanoTime() - start) / 1e9, org.opengazette.pipeline.BuildReporter.summary(result)))) {
            System.out.printf(
                    "bench: preview of %s (%d editable documents) ready in %.1f s at %s%n",
                    content, candidates.size(), (System.nanoTime() - start) / 1e9, server.address());
            long heapBefore = usedHeapAfterGc();
            Map<String, List<Double>> millis = new LinkedHashMap<>();
            try (Browser browser =
                    Browser.start(options.getOrDefault("chromium", "chromium"), work.resolve("chromium"))) {
                for (int i = 1; i <= edits; i++) {
                    Path file = candidates.get(random.nextInt(candidates.size()));
                    String id = file.getFileName().toString().replaceFirst("\\.md$", "");
                    browser.open(server.address() + "docs/" + id + "/");
                    String kind = i % 3 == 1 ? "body" : i % 3 == 2 ? "title" : "date";
                    String text = Files.readString(file);
                    Edit edit = edit(kind, text, i);
                    long saved = System.nanoTime();
                    System.out.printf("bench: (%.3f s) save%n", (saved - start) / 1e9);
                    Files.writeString(file, edit.text());
                    double ms = browser.awaitReloadShowing(edit.expected(), saved) / 1e6;
                    millis.computeIfAbsent(kind, k -> new ArrayList<>()).add(ms);
                    System.out.printf("bench: edit %d (%s of %s): %.0f ms%n", i, kind, id, ms);
                    if (i % 25 == 0) {
                        System.out.printf(
                                "bench: heap in use after a full GC after %d edits: %d MB%n",
                                i, usedHeapAfterGc() >> 20);
                    }
                }
            }
            long heapAfter = usedHeapAfterGc();
            millis.forEach((kind, list) -> {
                Percentiles p = Percentiles.of(list);
                System.out.printf(
                        "bench: %s edits: median %.0f ms, p95 %.0f ms, max %.0f ms over %d%n",
                        kind, p.median(), p.p95(), p.max(), p.count());
            });
            System.out.printf(
                    "bench: heap in use after a full GC: %d MB before the edits, %d MB after; max heap %d MB%n",
                    heapBefore >> 20, heapAfter >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** An edit and the text the reloaded page must then show. */
    private record Edit(String text, String expected) {}

    private static Edit edit(String kind, String text, int n) {
        String marker = "编辑" + n + "号";
        switch (kind) {
            case "title": {
                Matcher m = TITLE.matcher(text);
                m.find();
                String title = m.group(1) + marker;
                return new Edit(m.replaceFirst(Matcher.quoteReplacement("title: \"" + title + "\"")), marker);
            }
            case "date": {
                Matcher m = PUBLISHED.matcher(text);
                m.find();
                LocalDate date = LocalDate.of(
                                Integer.parseInt(m.group(1)),
                                Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)))
                        .minusDays(n);
                return new Edit(
                        m.replaceFirst("published: " + date),
                        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
            }
            default:
                return new Edit(text.stripTrailing() + "\n\n" + marker + "\n", marker);
        }
    }

    /** Single-version documents with a quoted title and a publication date but no effective date of their own. */
    private static List<Path> editable(Path content) throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.toString().endsWith(".md")
                            && !p.getFileName()
                                    .toString()
                                    .matches("\\d{4}-\\d{2}-\\d{2}\\.md|undated\\.md|README\\.md"))
                    .filter(p -> !p.startsWith(content.resolve("pages")))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return TITLE.matcher(text).find()
                                    && PUBLISHED.matcher(text).find()
                                    && !text.contains("\neffective:")
                                    && !text.contains("\nid:");
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .sorted()
                    .toList();
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Headless Chromium with one page, driven over the DevTools protocol (a WebSocket). */
    private static final class Browser implements AutoCloseable {
        private final Process process;
        private final WebSocket socket;
        private final LinkedBlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final AtomicInteger ids = new AtomicInteger();

        private Browser(Process process, WebSocket socket) {
            this.process = process;
            this.socket = socket;
        }

        static Browser start(String executable, Path profile) throws Exception {
            Tree.delete(profile);
            Files.createDirectories(profile);
            Process process = new ProcessBuilder(
                            executable,
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-extensions",
                            "--mute-audio",
                            "--remote-debugging-port=0",
                            "--user-data-dir=" + profile,
                            "about:blank")
                    .redirectErrorStream(true)
                    .redirectOutput(profile.resolve("chromium.log").toFile())
                    .start();
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.isRegularFile(portFile)
                    || Files.readAllLines(portFile).size() < 2) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("chromium did not start; see " + profile.resolve("chromium.log"));
                }
                Thread.sleep(50);
            }
            String port = Files.readAllLines(portFile).get(0).trim();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body());
            String url = null;
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    url = target.path("webSocketDebuggerUrl").asText();
                }
            }
            LinkedBlockingQueue<JsonNode> queue = new LinkedBlockingQueue<>();
            WebSocket socket = http.newWebSocketBuilder()
                    .buildAsync(URI.create(url), new WebSocket.Listener() {
                        private final StringBuilder text = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            text.append(data);
                            if (last) {
                                try {
                                    queue.add(JSON.readTree(text.toString()));
                                } catch (IOException e) {
                                    throw new IllegalStateException(e);
                                }
                                text.setLength(0);
                            }
                            webSocket.request(1);
                            return CompletableFuture.completedFuture(null);
                        }
                    })
                    .get(30, TimeUnit.SECONDS);
            Browser browser = new Browser(process, socket);
            browser.messages.addAll(queue);
            browser.forward(queue);
            browser.call("Page.enable", "{}");
            return browser;
        }

        private void forward(LinkedBlockingQueue<JsonNode> queue) {
            Thread thread = new Thread(
                    () -> {
                        try {
                            while (true) {
                                messages.add(queue.take());
                            }
                        } catch (InterruptedException e) {
                            // closing
                        }
                    },
                    "cdp");
            thread.setDaemon(true);
            thread.start();
        }

        /** Opens {@code url} and waits for its load event. */
        void open(String url) throws Exception {
            messages.clear();
            call("Page.navigate", "{\"url\":" + JSON.writeValueAsString(url) + "}");
            awaitEvent("Page.loadEventFired", 60);
            Thread.sleep(300); // let the page's EventSource connect before the save
        }

        /** Nanoseconds from {@code saved} to a load of the page whose text contains {@code expected}. */
        long awaitReloadShowing(String expected, long saved) throws Exception {
            long deadline = saved + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline) {
                awaitEvent("Page.loadEventFired", 120);
                long loaded = System.nanoTime();
                JsonNode result = call(
                        "Runtime.evaluate",
                        "{\"expression\":\"document.title + '\\\\n' + document.body.innerText\",\"returnByValue\":true}");
                if (result.path("result").path("result").path("value").asText().contains(expected)) {
                    return loaded - saved;
                }
            }
            throw new IllegalStateException("the page never showed " + expected);
        }

        private JsonNode call(String method, String params) throws Exception {
            int id = ids.incrementAndGet();
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                    .join();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            List<JsonNode> events = new ArrayList<>();
            try {
                while (System.nanoTime() < deadline) {
                    JsonNode message = messages.poll(100, TimeUnit.MILLISECONDS);
                    if (message == null) {
                        continue;
                    }
                    if (message.path("id").asInt(-1) == id) {
                        return message;
                    }
                    events.add(message);
                }
            } finally {
                events.forEach(messages::add);
            }
            throw new IllegalStateException("no answer to " + method);
        }

        private void awaitEvent(String method, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                JsonNode message = messages.poll(50, TimeUnit.MILLISECONDS);
                if (message != null && method.equals(message.path("method").asText())) {
                    return;
                }
            }
            throw new IllegalStateException("no " + method + " within " + seconds + " s");
        }

        @Override
        public void close() {
            socket.abort();
            process.destroy();
        }
    }
}
