package org.opengazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.CapturedOutput;

/** {@code gazette search} over the demo site: ranked hits as text or JSON, filters, exit codes. */
class SearchCommandTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));

    @TempDir
    static Path temp;

    static Path site;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    @BeforeAll
    static void buildDemo() {
        site = temp.resolve("site");
        assertEquals(
                0,
                GazetteCli.execute(
                        "build",
                        "--project",
                        REPO.toString(),
                        "--out",
                        site.toString(),
                        "--as-of",
                        "2026-11-28",
                        "--quiet",
                        "--no-pdf"));
    }

    @Test
    void jsonListsRankedHitsWithTheirSourceFiles() throws Exception {
        assertEquals(0, GazetteCli.execute("search", "--site", site.toString(), "--json", "关于印发", "政务公开工作要点的通知"));
        JsonNode json = new ObjectMapper().readTree(output.out());
        JsonNode first = json.get("hits").get(0);
        assertEquals("yn-2020-disclosure-key-points", first.get("id").asText());
        assertEquals("docs/yn-2020-disclosure-key-points/", first.get("url").asText());
        assertEquals(
                "documents/notice/yn-2020-disclosure-key-points.md",
                first.get("source_path").asText());
        assertTrue(first.get("score").floatValue() > 0);
        assertTrue(first.has("title") && json.get("total").asLong() >= 1);
        assertTrue(json.get("facets").has("status"));
    }

    @Test
    void filtersAndDateOrderApply() throws Exception {
        assertEquals(
                0,
                GazetteCli.execute(
                        "search",
                        "--site",
                        site.toString(),
                        "--json",
                        "--status",
                        "amended",
                        "--kind",
                        "law",
                        "--sort",
                        "date",
                        "--limit",
                        "50",
                        "法"));
        JsonNode hits = new ObjectMapper().readTree(output.out()).get("hits");
        assertTrue(hits.size() > 0);
        String previous = "9999";
        for (JsonNode hit : hits) {
            String version = hit.get("version").asText();
            assertTrue(version.compareTo(previous) <= 0, "newest first: " + hits);
            previous = version;
        }
    }

    @Test
    void aWordStartingWithAMinusExcludesAndALongQueryIsCut() throws Exception {
        JsonNode all = search("政务公开");
        assertTrue(all.get("total").asLong() > 1);
        assertEquals(0, search("-政务公开").get("total").asLong(), "only an exclusion: nothing");
        JsonNode without = search("政务公开", "-要点");
        assertTrue(without.get("total").asLong() < all.get("total").asLong(), without.toString());
        for (JsonNode hit : without.get("hits")) {
            assertFalse(hit.get("title").asText().contains("要点"), hit.toString());
        }
        assertEquals(without.get("hits"), search("-要点", "政务公开").get("hits"), "a query may start with -");
        assertTrue(search("政务公开".repeat(250)).get("truncated").asBoolean());
    }

    private JsonNode search(String... words) throws Exception {
        int from = output.out().length();
        List<String> args = new ArrayList<>(List.of("search", "--site", site.toString(), "--json", "--limit", "100"));
        args.addAll(List.of(words));
        assertEquals(0, GazetteCli.execute(args.toArray(String[]::new)), output.err());
        return new ObjectMapper().readTree(output.out().substring(from));
    }

    @Test
    void textOutputNumbersTheHits() {
        assertEquals(0, GazetteCli.execute("search", "--site", site.toString(), "法释〔2024〕3号"));
        String text = output.out();
        assertTrue(text.lines().anyMatch(line -> line.startsWith(" 1. ")), text);
    }

    @Test
    void aSiteWithoutIndexIsAUsageError() {
        assertEquals(
                2,
                GazetteCli.execute("search", "--site", temp.resolve("nowhere").toString(), "法"));
        assertTrue(output.err().contains("no search index"));
    }
}
