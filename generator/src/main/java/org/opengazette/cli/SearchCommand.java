package org.opengazette.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.QueryText;
import org.opengazette.search.query.SearchHit;
import org.opengazette.search.query.SearchRequest;
import org.opengazette.search.query.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gazette search}: answers a query from the Lucene index of a built site, ranked exactly
 * as the site's search page ranks it.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search a built site's index (search/lucene/). Quoted text is a phrase; a 发文字号 comes first.")
final class SearchCommand implements Callable<Integer> {
    @Option(
            names = "--site",
            paramLabel = "DIR",
            defaultValue = "target/site",
            description = "The built site (default: target/site).")
    Path site;

    @Option(
            names = "--json",
            description = "Print JSON: total (documents), hits (one per document: id, version, title, url, score, "
                    + "source_path, current, others: its other matching versions), facets (documents per value).")
    boolean json;

    @Option(
            names = "--status",
            paramLabel = "KEY",
            split = ",",
            description = "Only these statuses, e.g. in_force,amended.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KEY", split = ",", description = "Only these kinds, e.g. law.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--issuer", paramLabel = "NAME", split = ",", description = "Only these issuers (发文机关).")
    List<String> issuers = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY", split = ",", description = "Only these years.")
    List<String> years = new ArrayList<>();

    @Option(names = "--in-force-on", paramLabel = "YYYY-MM-DD", description = "Only versions in force on this day.")
    LocalDate inForceOn;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "relevance (default) or date (newest first).")
    SearchRequest.Sort sort;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits (default: 10).")
    int limit;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The search text (words are joined by spaces).")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SearchRequest request = new SearchRequest(
                String.join(" ", words), statuses, kinds, issuers, years, inForceOn, sort, Math.max(1, limit));
        SearchResults results;
        try (IndexSearch search = IndexSearch.open(site)) {
            results = search.search(request);
        } catch (IOException e) {
            System.err.println("gazette search: " + e.getMessage());
            return 2;
        }
        boolean truncated = QueryText.parse(request.text()).truncated();
        out.print(json ? json(results, truncated) : text(results, truncated));
        return 0;
    }

    private static String text(SearchResults results, boolean truncated) {
        StringBuilder text = new StringBuilder();
        text.append(results.total()).append(results.total() == 1 ? " result\n" : " results\n");
        if (truncated) {
            text.append("(the query is long: only its first " + QueryText.MAX_CHARS + " characters were searched)\n");
        }
        if (results.complete() == 0 && results.total() > 0) {
            text.append("(no result has every word of the query; these have some of them)\n");
        }
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            text.append(String.format(
                    "%2d. %s  [%s%s]  %.4f%n    %s  (%s)%n",
                    rank++,
                    hit.title(),
                    hit.id(),
                    hit.current() ? "" : ", earlier version " + hit.version(),
                    hit.score(),
                    hit.url(),
                    hit.sourcePath()));
            if (!hit.others().isEmpty()) {
                text.append("    ")
                        .append(hit.others().size())
                        .append(hit.others().size() == 1 ? " more version: " : " more versions: ")
                        .append(String.join(
                                ", ",
                                hit.others().stream().map(SearchHit::version).toList()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    private static String json(SearchResults results, boolean truncated) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("total", results.total());
        root.put("complete", results.complete());
        root.put("truncated", truncated);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (SearchHit hit : results.hits()) {
            Map<String, Object> item = item(hit);
            item.put("current", hit.current());
            item.put("others", hit.others().stream().map(SearchCommand::item).toList());
            hits.add(item);
        }
        root.put("hits", hits);
        root.put("facets", results.facets());
        root.put("exact", results.exact());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    }

    private static Map<String, Object> item(SearchHit hit) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", hit.id());
        item.put("version", hit.version());
        item.put("title", hit.title());
        item.put("url", org.opengazette.site.Urls.pretty(hit.url()));
        item.put("score", hit.score());
        item.put("source_path", hit.sourcePath());
        return item;
    }
}
