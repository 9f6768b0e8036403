package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.cli.GazetteCli;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pdf.PdfOptions;

/**
 * {@code gazette build} in a new process after an edit reuses what the last build left in the
 * build cache ({@code .gazette-cache/build}) and the site's ledger: it renders only the edited body,
 * links the unchanged files, and gives the site of a build without any cache, byte for byte. Each
 * build runs in a JVM of its own, as a publisher's would (what a fingerprint hashes must not
 * depend on the process: hash codes of enums, for one, differ between runs).
 */
class BuildCacheTest {
    private static final String AS_OF = "2026-11-28";
    private static final String READING = "content/documents/interpretation/yn-2020-disclosure-key-points-reading.md";
    private static final Pattern RENDERED = Pattern.compile("(\\d+) bodies rendered");

    @TempDir
    static Path work;

    private static Path project;

    @BeforeAll
    static void firstBuild() {
        project = FileTrees.copyDemoProject(work.resolve("project"));
        assertTrue(bodiesRendered(build()) > 40, "the first build renders every body");
        assertTrue(Files.isRegularFile(project.resolve("target/.site.written")), "the ledger lies beside the site");
    }

    @Test
    void aBuildInANewProcessRendersOnlyTheEditedBodyAndKeepsTheOtherFiles() throws IOException {
        Object home = fileKey("index.html");
        FixtureProject.edit(project.resolve(READING), "要点共分四个部分", "要点共分为四个部分");
        String output = build();
        assertEquals(1, bodiesRendered(output), output);
        assertEquals(home, fileKey("index.html"), "the home page is the same file (inode), so it kept its time");
        assertSameAsABuildWithoutCache("after a body edit");
    }

    @Test
    void aDamagedCacheOnlyCostsARender() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve(".gazette-cache/build/bodies"))) {
            for (Path file : files.filter(f -> !f.endsWith("index.bin")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        FixtureProject.edit(project.resolve(READING), "总体要求", "总体要求。");
        String output = build();
        assertTrue(bodiesRendered(output) > 40, output);
        assertSameAsABuildWithoutCache("after the cache was damaged");
    }

    /** Runs {@code gazette build} on the project in a new JVM; returns what it printed. */
    private static String build() {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Process process = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            GazetteCli.class.getName(),
                            "build",
                            "--project",
                            project.toString(),
                            "--no-pdf",
                            "--no-search",
                            "--as-of",
                            AS_OF)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int bodiesRendered(String output) {
        Matcher matcher = RENDERED.matcher(output);
        assertTrue(matcher.find(), output);
        return Integer.parseInt(matcher.group(1));
    }

    private static Object fileKey(String path) throws IOException {
        return Files.readAttributes(project.resolve("target/site").resolve(path), BasicFileAttributes.class)
                .fileKey();
    }

    private static void assertSameAsABuildWithoutCache(String what) {
        Path fresh = work.resolve("fresh");
        FileTrees.delete(fresh);
        BuildResult full = Pipeline.build(
                BuildRequest.forProject(project)
                        .withOutput(fresh)
                        .withAsOf(java.time.LocalDate.parse(AS_OF))
                        .withSearch(false)
                        .withPdf(PdfOptions.defaults(work.resolve("pdf-cache")).withEnabled(false))
                        .withCache(null),
                ProgressListener.NONE);
        assertTrue(full.success(), () -> full.diagnostics().toString());
        FileTrees.assertSameTree(what + ", against a build without cache", fresh, project.resolve("target/site"));
    }
}
