package org.opengazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.opengazette.search.Chromium;
import org.opengazette.search.NodeRunner;
import org.opengazette.search.StaticServer;
import org.opengazette.search.index.SearchRecords;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.SearchHit;
import org.opengazette.search.query.SearchRequest;
import org.opengazette.search.query.SearchResults;

/**
 * Search quality and cost on a site built from the corpus, with its known-item queries: MRR@10
 * and recall@10 per query type (Lucene, as {@code gazette search} answers); the browser runtime
 * in Node (cold engine per query) and in headless Chromium (one session, served with HTTP Range,
 * no HTTP cache): whether it returns Lucene's top 10, bytes downloaded and latency per query;
 * the index's size on disk; and, with {@code --analyzers true}, the same figures for other Chinese
 * analyses. Options: {@code --project}, {@code --content}, {@code --site} (built when missing),
 * {@code --as-of}, {@code --analyzers}.
 */
public final class SearchBenchmark {
    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = BuildBenchmark.options(args);
        Path project = Path.of(options.get("project")).toAbsolutePath().normalize();
        Path content = Path.of(options.get("content")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(content.resolve("queries.tsv"))) {
            System.out.println("search-bench: no corpus with queries.tsv at " + content + "; nothing measured");
            return;
        }
        LocalDate asOf = LocalDate.parse(options.getOrDefault("as-of", "2026-11-28"));
        Path site = Path.of(options.get("site")).toAbsolutePath().normalize();
        CorpusSite.buildUnlessThere(project, content, site, asOf, "search/lucene", "search-bench");
        List<KnownItems.Query> queries = KnownItems.read(content);
        List<SearchRequest> requests =
                queries.stream().map(q -> SearchRequest.of(q.text(), 10)).toList();
        System.out.printf("search-bench: %d known-item queries on %s%n", queries.size(), site);

        List<SearchResults> lucene = lucene(site, requests, queries);
        node(project, site, requests, lucene);
        chromium(project, site, requests, lucene);
        sizes(site);
        if (Boolean.parseBoolean(options.getOrDefault("analyzers", "true"))) {
            analyzers(project, content, asOf, queries);
        }
    }

    private static List<SearchResults> lucene(Path site, List<SearchRequest> requests, List<KnownItems.Query> queries)
            throws IOException {
        List<SearchResults> results = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        try (IndexSearch search = IndexSearch.open(site)) {
            requests.forEach(search::search);
            for (SearchRequest request : requests) {
                long start = System.nanoTime();
                results.add(search.search(request));
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        System.out.println("search-bench: quality (Lucene, as gazette search ranks): MRR@10 / recall@10");
        List<List<String>> ranked = results.stream()
                .map(r -> r.hits().stream().map(SearchHit::sourcePath).toList())
                .toList();
        for (KnownItems.Figures figures : KnownItems.score(queries, ranked)) {
            System.out.printf(
                    "search-bench:   %-12s %.3f / %.3f  (%d queries)%n",
                    figures.type(), figures.mrr(), figures.recall(), figures.queries());
        }
        System.out.println("search-bench: the same, counting a version sought that is listed under its document's hit"
                + " (另有 N 个历史版本) at that hit's rank");
        List<List<String>> listed = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            String expected = queries.get(i).expected();
            listed.add(results.get(i).hits().stream()
                    .map(hit -> hit.others().stream()
                                    .anyMatch(other -> other.sourcePath().equals(expected))
                            ? expected
                            : hit.sourcePath())
                    .toList());
        }
        for (KnownItems.Figures figures : KnownItems.score(queries, listed)) {
            System.out.printf(
                    "search-bench:   %-12s %.3f / %.3f  (%d queries)%n",
                    figures.type(), figures.mrr(), figures.recall(), figures.queries());
        }
        System.out.println("search-bench: the queries whose version sought is not the first hit (so counted):");
        for (int i = 0; i < queries.size(); i++) {
            KnownItems.Query query = queries.get(i);
            int rank = listed.get(i).indexOf(query.expected()) + 1;
            if (rank != 1) {
                System.out.printf(
                        "search-bench:   %-13s %s: %s (sought %s; first %s)%n",
                        query.type(),
                        query.text(),
                        rank == 0 ? "not in the top 10" : "rank " + rank,
                        query.expected(),
                        listed.get(i).isEmpty() ? "none" : listed.get(i).get(0));
            }
        }
        Percentiles latency = Percentiles.of(millis);
        System.out.printf(
                "search-bench: Lucene latency (warm JVM): median %.1f ms, p95 %.1f ms%n",
                latency.median(), latency.p95());
        return results;
    }

    private static void node(Path project, Path site, List<SearchRequest> requests, List<SearchResults> lucene)
            throws Exception {
        Path runner = project.resolve("generator/src/test/js/search-runner.js");
        List<JsonNode> browser = NodeRunner.run(runner, site, requests);
        List<Long> bytes = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        List<Integer> fetches = new ArrayList<>();
        for (JsonNode result : browser) {
            bytes.add(result.get("bytes").asLong());
            millis.add(result.get("ms").asDouble());
            fetches.add(result.get("requests").asInt());
        }
        System.out.printf(
                "search-bench: browser runtime in Node, fresh engine per query (cold), files read from disk: "
                        + "same top 10 and scores as Lucene for %d of %d queries%n",
                same(lucene, browser), requests.size());
        Percentiles b = Percentiles.of(bytes);
        Percentiles m = Percentiles.of(millis);
        Percentiles f = Percentiles.of(fetches);
        System.out.printf(
                "search-bench:   bytes read per query (index, 10 records, 10 snippets): median %.0f, p95 %.0f, "
                        + "max %.0f%n",
                b.median(), b.p95(), b.max());
        System.out.printf(
                "search-bench:   requests per query: median %.0f, p95 %.0f; latency: median %.1f ms, "
                        + "p95 %.1f ms%n",
                f.median(), f.p95(), m.median(), m.p95());
    }

    private static void chromium(Path project, Path site, List<SearchRequest> requests, List<SearchResults> lucene)
            throws Exception {
        String chromium = Chromium.executable().orElse(null);
        if (chromium == null) {
            System.out.println("search-bench: chromium not installed; browser figures from Node only");
            return;
        }
        ObjectMapper json = new ObjectMapper();
        ArrayNode array = json.createArrayNode();
        requests.forEach(request -> array.add(NodeRunner.json(request)));
        Files.writeString(site.resolve("parity-requests.json"), json.writeValueAsString(array));
        for (String file : List.of("parity.html", "parity.js")) {
            Files.copy(
                    project.resolve("generator/src/test/resources/search/" + file),
                    site.resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        JsonNode results;
        try (StaticServer server = new StaticServer(site)) {
            String dom = Chromium.dumpDom(chromium, server.uri("parity.html"), 1_800_000);
            Element out = Jsoup.parse(dom).getElementById("results");
            if (out == null || !"true".equals(out.attr("data-done"))) {
                System.out.println(
                        "search-bench: the Chromium run did not finish: " + (out == null ? dom : out.text()));
                return;
            }
            results = json.readTree(out.text());
        } finally {
            for (String file : List.of("parity-requests.json", "parity.html", "parity.js")) {
                Files.deleteIfExists(site.resolve(file));
            }
        }
        List<JsonNode> browser = new ArrayList<>();
        results.forEach(browser::add);
        List<Long> transfer = new ArrayList<>();
        List<Long> body = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        browser.forEach(result -> {
            transfer.add(result.get("transfer").asLong());
            body.add(result.get("body").asLong());
            millis.add(result.get("ms").asDouble());
        });
        Percentiles t = Percentiles.of(transfer);
        Percentiles b = Percentiles.of(body);
        Percentiles m = Percentiles.of(millis);
        System.out.printf(
                "search-bench: headless Chromium, one session, HTTP Range from a local static server, no "
                        + "HTTP cache: same top 10 and scores as Lucene for %d of %d queries%n",
                same(lucene, browser), requests.size());
        System.out.printf(
                "search-bench:   bytes per query on the wire (headers included): median %.0f, p95 %.0f; "
                        + "bodies only: median %.0f, p95 %.0f%n",
                t.median(), t.p95(), b.median(), b.p95());
        System.out.printf(
                "search-bench:   latency to the last snippet: median %.1f ms, p95 %.1f ms%n", m.median(), m.p95());
    }

    /** How many browser results have Lucene's hits, in order, with the same float scores. */
    private static int same(List<SearchResults> lucene, List<JsonNode> browser) {
        int same = 0;
        for (int i = 0; i < lucene.size(); i++) {
            List<SearchHit> expected = lucene.get(i).hits();
            JsonNode hits = browser.get(i).get("hits");
            boolean equal = hits.size() == expected.size();
            for (int k = 0; equal && k < hits.size(); k++) {
                equal = hits.get(k).get("ord").asInt() == expected.get(k).ord()
                        && Float.floatToIntBits((float) hits.get(k).get("score").asDouble())
                                == Float.floatToIntBits(expected.get(k).score());
            }
            same += equal ? 1 : 0;
        }
        return same;
    }

    private static void sizes(Path site) throws IOException {
        for (String folder : List.of("search/lucene", "search/index")) {
            long bytes = 0;
            int files = 0;
            try (Stream<Path> walk = Files.walk(site.resolve(folder))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    bytes += Files.size(file);
                    files++;
                }
            }
            System.out.printf("search-bench: %s: %d files, %.1f MB%n", folder, files, bytes / 1e6);
        }
        System.out.println("search-bench: index build time: the \"search\" stage of the build benchmark (above)");
    }

    private static void analyzers(Path project, Path content, LocalDate asOf, List<KnownItems.Query> queries) {
        System.out.println("search-bench: analyses compared (same records, fields, boosts and query structure; "
                + "in-memory index, one build each):");
        var context = CorpusContext.load(project, content, asOf);
        var records = SearchRecords.of(context);
        for (AnalyzerComparison.Result result :
                AnalyzerComparison.run(records, SearchRecords.texts(context), queries)) {
            StringBuilder line = new StringBuilder(String.format(
                    "search-bench:   %-38s index %6d ms %6.1f MB |",
                    result.name(), result.indexMillis(), result.indexBytes() / 1e6));
            for (KnownItems.Figures figures : result.figures()) {
                line.append(String.format(" %s %.3f/%.2f", figures.type(), figures.mrr(), figures.recall()));
            }
            System.out.println(line);
        }
    }
}
