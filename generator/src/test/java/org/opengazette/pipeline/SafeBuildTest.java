package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.output.OutputLock;
import org.opengazette.pdf.PdfOptions;

/**
 * Unattended builds of the demo: a second build into a folder that a build is writing stops with
 * a diagnostic that names the folder and the holder (no stack trace, the site untouched), and
 * {@code --symlink} publishes through a link a web server can follow.
 */
class SafeBuildTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 4, 19);

    @TempDir
    static Path work;

    private static Path project;

    @BeforeAll
    static void copyDemo() {
        project = FileTrees.copyDemoProject(work.resolve("project"));
    }

    private static BuildRequest request(Path output) {
        return BuildRequest.forProject(project)
                .withOutput(output)
                .withAsOf(AS_OF)
                .withSearch(false)
                .withPdf(PdfOptions.defaults(project.resolve("pdf-cache")).withEnabled(false));
    }

    @Test
    void aBuildIntoAFolderAnotherBuildIsWritingStopsWithADiagnostic() throws IOException {
        Path output = work.resolve("busy/site");
        assertTrue(Pipeline.build(request(output), ProgressListener.NONE).success());
        byte[] home = Files.readAllBytes(output.resolve("index.html"));
        Files.writeString(output.resolve("index.html"), "已发布的站点");

        BuildResult refused;
        try (OutputLock other = OutputLock.acquire(output)) {
            refused = Pipeline.build(request(output), ProgressListener.NONE);
        }

        assertFalse(refused.success());
        List<Diagnostic> errors =
                refused.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic busy = errors.get(0);
        assertEquals("output-busy", busy.code());
        assertTrue(busy.position().file().endsWith("busy/site"), busy.toString());
        assertTrue(busy.message().contains("pid " + ProcessHandle.current().pid()), busy.message());
        assertTrue(busy.hint().contains("结束后再构建"), busy.hint());
        assertEquals("已发布的站点", Files.readString(output.resolve("index.html")), "the site being written is left alone");

        assertTrue(Pipeline.build(request(output), ProgressListener.NONE).success(), "once released, builds go on");
        assertEquals(new String(home, "UTF-8"), Files.readString(output.resolve("index.html")));
    }

    @Test
    void aSymlinkBuildPublishesTheSameSiteThroughALink() throws IOException {
        Path folder = work.resolve("folder/site");
        Path linked = work.resolve("linked/site");
        assertTrue(Pipeline.build(request(folder), ProgressListener.NONE).success());
        assertTrue(Pipeline.build(request(linked).withSymlink(true), ProgressListener.NONE)
                .success());
        assertTrue(Pipeline.build(request(linked), ProgressListener.NONE).success(), "a link stays a link");

        assertTrue(Files.isSymbolicLink(linked));
        assertEquals(
                Files.readString(folder.resolve("manifest.json")),
                Files.readString(linked.resolve("manifest.json")),
                "the same files, whichever way they are published");
        try (var releases = Files.list(work.resolve("linked/.site.releases"))) {
            assertEquals(1, releases.count(), "the previous release is deleted");
        }
    }
}
