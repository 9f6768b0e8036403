package org.opengazette.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opengazette.search.query.SearchRequest;

/**
 * Runs the browser runtime that a built site ships ({@code assets/search-engine.js}) in Node over
 * the site's export, through {@code src/test/js/search-runner.js}; one JSON result per request.
 */
public final class NodeRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeRunner() {}

    /** The Node executable, or a failure that says how to get one. */
    public static String node() {
        for (String candidate : List.of("node", "nodejs")) {
            try {
                Process process = new ProcessBuilder(candidate, "--version")
                        .redirectErrorStream(true)
                        .start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        throw new AssertionError("Node.js is needed to run the browser search runtime in tests "
                + "(Debian: apt-get install nodejs); none found on PATH");
    }

    /** The request as the runtime reads it. */
    public static ObjectNode json(SearchRequest request) {
        ObjectNode node = JSON.createObjectNode();
        node.put("q", request.text());
        node.set("status", JSON.valueToTree(request.statuses()));
        node.set("kind", JSON.valueToTree(request.kinds()));
        node.set("issuer", JSON.valueToTree(request.issuers()));
        node.set("year", JSON.valueToTree(request.years()));
        node.put("on", request.inForceOn() == null ? "" : request.inForceOn().toString());
        node.put("sort", request.sort() == SearchRequest.Sort.DATE ? "date" : "relevance");
        node.put("limit", request.limit());
        return node;
    }

    /** Runs every request on a fresh engine over the site; results in request order. */
    static List<JsonNode> run(Path site, List<SearchRequest> requests) throws IOException, InterruptedException {
        return run(BuiltSite.REPO.resolve("generator/src/test/js/search-runner.js"), site, requests);
    }

    /**
     * Like {@link #run(Path, List)}, with every term's frequencies read apart from its documents,
     * for the versions of the best tiers only ({@code DEFERRED_FREQ_BYTES} in {@code
     * search-engine.js}, which a large library needs and a small one never reaches).
     */
    static List<JsonNode> runDeferringFrequencies(Path site, List<SearchRequest> requests)
            throws IOException, InterruptedException {
        return run(
                BuiltSite.REPO.resolve("generator/src/test/js/search-runner.js"),
                site,
                requests,
                "{\"deferredFreqBytes\":0}");
    }

    /**
     * Runs every request with {@code runner} (search-runner.js) on a fresh engine over the site;
     * one result per request, in order, with the bytes it read and its time.
     */
    public static List<JsonNode> run(Path runner, Path site, List<SearchRequest> requests)
            throws IOException, InterruptedException {
        return run(runner, site, requests, "{}");
    }

    private static List<JsonNode> run(Path runner, Path site, List<SearchRequest> requests, String options)
            throws IOException, InterruptedException {
        ArrayNode array = JSON.createArrayNode();
        requests.forEach(request -> array.add(json(request)));
        Path file = Files.createTempFile("search-requests", ".json");
        try {
            Files.writeString(file, JSON.writeValueAsString(array));
            Process process = new ProcessBuilder(
                            node(),
                            runner.toString(),
                            site.resolve("assets/search-engine.js").toString(),
                            site.toString(),
                            file.toString(),
                            options)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new AssertionError("the search runner failed:\n" + output);
            }
            List<JsonNode> results = new ArrayList<>();
            for (String line : output.split("\n")) {
                if (!line.isBlank()) {
                    results.add(JSON.readTree(line));
                }
            }
            if (results.size() != requests.size()) {
                throw new AssertionError("the runner answered " + results.size() + " of " + requests.size());
            }
            return results;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
