package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opengazette.pipeline.BuildResult;

/**
 * Same inputs and as-of date give a byte-identical site, wherever it is built: a second build of
 * the demo into another folder equals the shared demo build file for file and byte for byte. A
 * build as of another date differs (statuses and dates are shown as of that date) and says so in
 * its manifest, while publishing the same documents.
 */
class ReproducibilityTest {
    private static final LocalDate OTHER_DATE = LocalDate.of(2021, 6, 1);

    @Test
    void sameInputsAndDateGiveByteIdenticalTrees() {
        SiteTree first = SiteTree.demo();
        Path second = DemoSite.scratch("reproducibility-same").resolve("site");
        BuildResult result = DemoSite.build(DemoSite.repo(), second, DemoSite.AS_OF);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        SiteTree again = new SiteTree(second);

        assertEquals(first.files(), again.files(), "the same files");
        List<String> differing = new ArrayList<>();
        for (String file : first.files()) {
            if (!Arrays.equals(first.bytes(file), again.bytes(file))) {
                differing.add(file);
            }
        }
        assertTrue(differing.isEmpty(), "files that differ between two builds of the same inputs: " + differing);
    }

    @Test
    void anotherAsOfDateChangesWhatIsShownAndTheManifestSaysSo() {
        SiteTree demo = SiteTree.demo();
        Path folder = DemoSite.scratch("reproducibility-other-date").resolve("site");
        BuildResult result = DemoSite.build(DemoSite.repo(), folder, OTHER_DATE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        SiteTree other = new SiteTree(folder);

        boolean differs = !demo.files().equals(other.files())
                || demo.files().stream().anyMatch(f -> !Arrays.equals(demo.bytes(f), other.bytes(f)));
        assertTrue(differs, "a build as of another date shows other statuses and dates");
        assertEquals(
                OTHER_DATE.toString(), other.json("manifest.json").get("as_of").asText());
        assertNotEquals(
                demo.json("manifest.json").get("as_of").asText(),
                other.json("manifest.json").get("as_of").asText());
        assertNotEquals(
                demo.json("manifest.json").get("version").asText(),
                other.json("manifest.json").get("version").asText());
        assertEquals(
                OTHER_DATE.toString(),
                other.json("data/catalog.json").get("as_of").asText());
        assertEquals(
                demo.files().stream().filter(f -> f.startsWith("docs/")).toList(),
                other.files().stream().filter(f -> f.startsWith("docs/")).toList(),
                "the same documents and versions");
        assertFalse(Arrays.equals(demo.bytes("index.html"), other.bytes("index.html")), "the home page shows the date");
    }
}
