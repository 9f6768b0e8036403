package org.opengazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opengazette.search.StaticServer;
import org.opengazette.site.Chromium;
import org.opengazette.site.DevToolsSession;

/**
 * The search page on a slow line, as a reader meets it: headless Chromium with DevTools network
 * emulation adding {@code --latency} ms to every request (default 150) and no HTTP cache, the
 * corpus site served with HTTP Range from a local static server. For every {@code --every}-th
 * known-item query (default every tenth of the 400): open the search page, let it read what every
 * query needs, type the query, press Enter; measure the time from Enter to the first hit in the
 * list, the requests and bytes after Enter, and the bytes read when the page opened. Prints every
 * query with its requests (file, when asked for and when it arrived, from Enter, bytes on the wire), then the medians and 95th percentiles. Options as {@link SearchBenchmark} ({@code
 * --project}, {@code --content}, {@code --site}, built when missing, {@code --as-of}); the
 * browser's profile is a new temporary folder.
 */
public final class SearchLatencyBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Waits until the page has read what every query needs. */
    private static final String READY = "new Promise(resolve => { const s = document.querySelector('[data-search]');"
            + " const check = () => s.dataset.searchReady ? resolve(performance.getEntriesByType('resource')"
            + ".reduce((sum, e) => sum + e.transferSize, 0)) : setTimeout(check, 5); check(); })";

    /**
     * Types the query and arms the measurement: from the Enter key (keydown, captured) to the first
     * hit in the list; the resources fetched after Enter, as they stand when the first hit shows, with
     * when each was asked for and arrived and its size.
     */
    private static final String ARM = "(() => { const input = document.getElementById('search-q');"
            + " const results = document.querySelector('[data-search-results]');"
            + " input.value = %s; input.focus(); let start = 0; let before = 0;"
            + " document.addEventListener('keydown', e => { if (e.key === 'Enter' && !start) {"
            + " start = performance.now(); before = performance.getEntriesByType('resource').length; } }, true);"
            + " window.measured = new Promise(resolve => { new MutationObserver((m, observer) => {"
            + " if (results.querySelector('li')) { observer.disconnect(); const ms = performance.now() - start;"
            + " const after = performance.getEntriesByType('resource').slice(before);"
            + " resolve({ ms: ms, requests: after.length,"
            + " bytes: after.reduce((sum, e) => sum + e.transferSize, 0),"
            + " body: after.reduce((sum, e) => sum + e.encodedBodySize, 0),"
            + " timeline: after.map(e => e.name.substring(e.name.lastIndexOf('/') + 1) + ' '"
            + " + Math.round(e.startTime - start) + '-' + Math.round(e.responseEnd - start) + ' ms '"
            + " + (e.transferSize / 1000).toFixed(1) + ' kB').join(', ') }); } })"
            + ".observe(results, { childList: true }); }); return true; })()";

    private SearchLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BuildBenchmark.options(args);
        Path project = Path.of(options.get("project")).toAbsolutePath().normalize();
        Path content = Path.of(options.get("content")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(content.resolve("queries.tsv"))) {
            System.out.println("search-latency: no corpus with queries.tsv at " + content + "; nothing measured");
            return;
        }
        int latency = Integer.parseInt(options.getOrDefault("latency", "150"));
        int every = Integer.parseInt(options.getOrDefault("every", "10"));
        Path site = Path.of(options.get("site")).toAbsolutePath().normalize();
        CorpusSite.buildUnlessThere(
                project,
                content,
                site,
                LocalDate.parse(options.getOrDefault("as-of", "2026-11-28")),
                "search/index",
                "search-latency");
        Path work = Files.createTempDirectory("search-latency");
        List<KnownItems.Query> queries = KnownItems.read(content);
        List<Double> millis = new ArrayList<>();
        List<Double> bytes = new ArrayList<>();
        List<Double> requests = new ArrayList<>();
        List<Double> opening = new ArrayList<>();
        try (StaticServer server = new StaticServer(site);
                DevToolsSession page = Chromium.find(work).session()) {
            page.slowNetwork(latency);
            String url = server.uri("search/index.html").toString();
            for (int i = 0; i < queries.size(); i += every) {
                KnownItems.Query query = queries.get(i);
                page.navigate(url);
                double opened = page.evaluate(READY).asDouble();
                page.evaluate(String.format(ARM, JSON.writeValueAsString(query.text())));
                page.pressEnter();
                JsonNode measured = page.evaluate("window.measured");
                millis.add(measured.get("ms").asDouble());
                bytes.add(measured.get("bytes").asDouble());
                requests.add(measured.get("requests").asDouble());
                opening.add(opened);
                System.out.printf(
                        "search-latency: %-28s %6.0f ms  %3d requests  %7.1f kB (page opening %6.1f kB)%n",
                        query.text(),
                        measured.get("ms").asDouble(),
                        measured.get("requests").asInt(),
                        measured.get("bytes").asDouble() / 1000,
                        opened / 1000);
                System.out.println(
                        "search-latency:   " + measured.get("timeline").asText());
            }
        }
        Percentiles ms = Percentiles.of(millis);
        Percentiles kb = Percentiles.of(bytes.stream().map(b -> b / 1000).toList());
        Percentiles count = Percentiles.of(requests);
        Percentiles open = Percentiles.of(opening.stream().map(b -> b / 1000).toList());
        System.out.printf(
                "search-latency: %d queries, %d ms added to every request, no HTTP cache, HTTP Range from a local"
                        + " static server%n",
                millis.size(), latency);
        System.out.printf("search-latency:   Enter to first hit: median %.0f ms, p95 %.0f ms%n", ms.median(), ms.p95());
        System.out.printf(
                "search-latency:   after Enter: median %.1f kB in %.0f requests (p95 %.1f kB, %.0f requests);"
                        + " opening the page: median %.1f kB (everything a cold query reads: median %.1f kB)%n",
                kb.median(),
                count.median(),
                kb.p95(),
                count.p95(),
                open.median(),
                Percentiles.of(sum(bytes, opening)).median() / 1000);
    }

    private static List<Double> sum(List<Double> a, List<Double> b) {
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            sums.add(a.get(i) + b.get(i));
        }
        return sums;
    }
}
