package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.ThemeFiles;
import org.opengazette.pipeline.BuildResult;

/**
 * A failed build never touches the published site, and leaves nothing behind: over a site built
 * from a copy of the demo, a build failing in validation (an impossible date) and a build failing
 * in rendering (a broken template, after the staging folder was filled) both leave the previous
 * site byte-identical and no {@code .site.staging-*} folder; a successful rebuild then replaces
 * the site entirely (a removed page is gone) and leaves no {@code .site.old-*} folder.
 */
class SafeOutputTest {
    @TempDir
    Path project;

    @Test
    void failedBuildsKeepThePreviousSiteAndASuccessfulOneReplacesIt() throws IOException {
        DemoSite.copyProject(project);
        Path output = project.resolve("out").resolve("site");
        BuildResult first = DemoSite.build(project, output, DemoSite.AS_OF);
        assertTrue(first.success(), () -> first.diagnostics().toString());
        Map<String, byte[]> published = snapshot(output);
        assertTrue(published.containsKey("pages/about/index.html"));

        // 1. an error found while validating: 2021-02-30 does not exist
        Path bad = project.resolve("content/documents/notice/e2e-bad-date.md");
        Files.writeString(bad, """
                ---
                title: "日期有误的测试通知"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2021-02-30
                ---

                正文。
                """, StandardCharsets.UTF_8);
        BuildResult invalid = DemoSite.build(project, output, DemoSite.AS_OF);
        assertFalse(invalid.success());
        assertTrue(
                invalid.diagnostics().stream()
                        .anyMatch(d -> d.isError() && d.code().equals("invalid-date")),
                () -> invalid.diagnostics().toString());
        assertUnchanged(published, output);
        assertNoLeftovers(output);
        Files.delete(bad);

        // 2. an error found while rendering, after pages were written to the staging folder
        Path template = ThemeFiles.override(
                project.resolve("themes/default"), "templates/page.ftlh", "${page.title}", "${page.noSuchValue}");
        BuildResult broken = DemoSite.build(project, output, DemoSite.AS_OF);
        assertFalse(broken.success());
        assertTrue(
                broken.diagnostics().stream()
                        .anyMatch(d -> d.isError() && d.code().equals("template-error")),
                () -> broken.diagnostics().toString());
        assertUnchanged(published, output);
        assertNoLeftovers(output);
        Files.delete(template);

        // 3. a successful rebuild replaces the whole site
        Files.delete(project.resolve("content/pages/about.md"));
        BuildResult rebuilt = DemoSite.build(project, output, DemoSite.AS_OF);
        assertTrue(rebuilt.success(), () -> rebuilt.diagnostics().toString());
        Map<String, byte[]> republished = snapshot(output);
        assertFalse(
                republished.containsKey("pages/about/index.html"), "the removed page is gone, not kept from before");
        assertTrue(republished.containsKey("index.html"));
        assertEquals(rebuilt.files(), republished.size(), "exactly the files of the new build");
        assertNoLeftovers(output);
    }

    private static void assertUnchanged(Map<String, byte[]> before, Path output) {
        Map<String, byte[]> after = snapshot(output);
        assertEquals(before.keySet(), after.keySet(), "the previous site keeps exactly its files");
        List<String> changed = before.keySet().stream()
                .filter(f -> !java.util.Arrays.equals(before.get(f), after.get(f)))
                .toList();
        assertTrue(changed.isEmpty(), "changed by a failed build: " + changed);
    }

    /**
     * Nothing but the site itself, its lock file and its ledger (what its files were made from)
     * next to it: no staging folder, no previous site.
     */
    private static void assertNoLeftovers(Path output) throws IOException {
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            List<String> names =
                    siblings.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of(".site.lock", ".site.written", "site"), names, "left next to the site");
        }
    }

    private static Map<String, byte[]> snapshot(Path root) {
        SiteTree tree = new SiteTree(root);
        Map<String, byte[]> files = new LinkedHashMap<>();
        tree.files().forEach(f -> files.put(f, tree.bytes(f)));
        return files;
    }
}
