package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The open data of the demo site: {@code data/catalog.json} lists every version of every
 * document (as read from the content files), each with a {@code source_path} relative to
 * {@code content/} that exists there and a {@code url} and {@code data_url} that exist in the
 * site, exactly one applying version per document; {@code data/docs/<id>.json} holds the same
 * versions with their text.
 */
class OpenDataTest {
    private final SiteTree site = SiteTree.demo();
    private final JsonNode catalog = site.json("data/catalog.json");

    @Test
    void catalogListsEveryVersionOfEveryDocument() {
        TreeSet<String> expected = new TreeSet<>();
        for (DemoContent.Doc doc : DemoContent.documents(DemoSite.content())) {
            doc.sources().forEach(source -> expected.add(doc.id() + " " + source));
        }
        TreeSet<String> listed = new TreeSet<>();
        catalog.get("versions")
                .forEach(v -> listed.add(
                        v.get("id").asText() + " " + v.get("source_path").asText()));
        assertEquals(expected, listed);
        assertEquals(expected.size(), catalog.get("count").asInt());
        assertEquals(expected.size(), catalog.get("versions").size());
        assertEquals(DemoSite.AS_OF.toString(), catalog.get("as_of").asText());
    }

    /** "In force on date D" can be answered from the data alone: on the as-of date it agrees with the status. */
    @Test
    void inForceIntervalsAgreeWithTheStatusOnTheAsOfDate() {
        String asOf = catalog.get("as_of").asText();
        List<String> wrong = new ArrayList<>();
        catalog.get("versions").forEach(v -> {
            boolean covered = false;
            for (JsonNode interval : v.get("in_force")) {
                String from = interval.get("from").isNull()
                        ? "0000"
                        : interval.get("from").asText();
                String until = interval.get("until").isNull()
                        ? "9999"
                        : interval.get("until").asText();
                covered |= from.compareTo(asOf) <= 0 && asOf.compareTo(until) <= 0;
            }
            if (covered != v.get("status").asText().equals("in_force")) {
                wrong.add(v.get("id").asText() + "@" + v.get("version").asText() + " " + v.get("status") + " "
                        + v.get("in_force"));
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySourcePathAndUrlExists() {
        List<String> wrong = new ArrayList<>();
        Map<String, Integer> applying = new TreeMap<>();
        for (JsonNode version : catalog.get("versions")) {
            String source = version.get("source_path").asText();
            if (source.startsWith("/")
                    || source.contains("..")
                    || !Files.isRegularFile(DemoSite.content().resolve(source))) {
                wrong.add("source_path " + source + " is not a file under content/");
            }
            String url = version.get("url").asText();
            if (!url.endsWith("/") || !site.isFile(url + "index.html")) {
                wrong.add("url " + url + " is not a page of the site");
            }
            if (!site.isFile(version.get("data_url").asText())) {
                wrong.add("data_url " + version.get("data_url").asText() + " does not exist");
            }
            String id = version.get("id").asText();
            applying.merge(id, version.get("applying").asBoolean() ? 1 : 0, Integer::sum);
            if (version.get("applying").asBoolean()
                    && !url.equals("docs/" + id + "/")
                    && !site.text("docs/" + id + "/index.html")
                            .contains(version.get("title").asText())) {
                wrong.add(id + ": the applying version is not what docs/" + id + "/ shows");
            }
        }
        applying.forEach((id, count) -> {
            if (count != 1) {
                wrong.add(id + ": " + count + " applying versions");
            }
        });
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyDocumentHasItsDataFileWithItsVersionsAndText() {
        Map<String, List<String>> versionsById = new TreeMap<>();
        catalog.get("versions")
                .forEach(v -> versionsById
                        .computeIfAbsent(v.get("id").asText(), k -> new ArrayList<>())
                        .add(v.get("source_path").asText()));
        for (Map.Entry<String, List<String>> document : versionsById.entrySet()) {
            JsonNode data = site.json("data/docs/" + document.getKey() + ".json");
            assertEquals(document.getKey(), data.get("id").asText());
            List<String> sources = new ArrayList<>();
            for (JsonNode version : data.get("versions")) {
                sources.add(version.get("source_path").asText());
                assertFalse(version.get("text").asText().isBlank(), document.getKey() + " has text");
            }
            assertEquals(document.getValue(), sources, document.getKey());
            assertTrue(data.get("relations").isArray());
        }
        assertEquals(
                versionsById.size(),
                site.files().stream().filter(f -> f.startsWith("data/docs/")).count(),
                "one data file per document, no more");
    }
}
