package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code manifest.json} lists every other file of the demo site, sorted by path, with its true
 * size and SHA-256 (recomputed here), the as-of date, and a {@code version} that is the hash of
 * the file list as documented on {@code ManifestWriter}.
 */
class ManifestTest {
    private final SiteTree site = SiteTree.demo();
    private final JsonNode manifest = site.json("manifest.json");

    @Test
    void listsEveryOtherFileWithItsSizeAndSha256() throws Exception {
        List<String> listed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (JsonNode entry : manifest.get("files")) {
            String path = entry.get("path").asText();
            listed.add(path);
            if (!site.isFile(path)) {
                wrong.add(path + ": no such file");
                continue;
            }
            byte[] bytes = site.bytes(path);
            if (entry.get("size").asLong() != bytes.length) {
                wrong.add(path + ": size " + entry.get("size") + ", actually " + bytes.length);
            }
            if (!entry.get("sha256").asText().equals(sha256(bytes))) {
                wrong.add(path + ": sha256 " + entry.get("sha256") + ", actually " + sha256(bytes));
            }
        }
        List<String> expected =
                site.files().stream().filter(f -> !f.equals("manifest.json")).toList();
        assertEquals(expected, listed, "every file but the manifest, sorted by path");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void statesTheAsOfDateAndAVersionDerivedFromTheFiles() throws Exception {
        assertEquals(DemoSite.AS_OF.toString(), manifest.get("as_of").asText());
        assertTrue(
                manifest.get("generator").asText().startsWith("OpenGazette "),
                manifest.get("generator").asText());
        StringBuilder fingerprint = new StringBuilder();
        manifest.get("files")
                .forEach(entry -> fingerprint
                        .append(entry.get("path").asText())
                        .append(' ')
                        .append(entry.get("sha256").asText())
                        .append('\n'));
        String expected = "content-"
                + sha256(fingerprint.toString().getBytes(StandardCharsets.UTF_8))
                        .substring(0, 16);
        assertEquals(expected, manifest.get("version").asText());
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
