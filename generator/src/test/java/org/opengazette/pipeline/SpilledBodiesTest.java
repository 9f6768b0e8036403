package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.BodyText;
import org.opengazette.pdf.PdfOptions;

/**
 * A single build keeps the Markdown and the rendered bodies in temporary files: each reads back as
 * it was put, from any thread, and the files are gone once the build is done.
 */
class SpilledBodiesTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @Test
    void bodiesReadBackAsTheyWerePutFromManyThreads() {
        try (SpilledBodies bodies = new SpilledBodies()) {
            IntStream.range(0, 500).parallel().forEach(i -> bodies.put("documents/law/" + i + ".md", body(i)));
            IntStream.range(0, 500).parallel().forEach(i -> {
                MarkdownRenderer.Rendered read = bodies.of("documents/law/" + i + ".md");
                assertEquals(body(i), read, "body " + i);
            });
            assertNull(bodies.of("documents/law/500.md"), "a file never put has no body");
        }
    }

    @Test
    void aBodyPutAgainReplacesTheFirst() {
        try (SpilledBodies bodies = new SpilledBodies()) {
            bodies.put("pages/about.md", body(1));
            bodies.put("pages/about.md", body(2));
            assertEquals(body(2), bodies.of("pages/about.md"));
        }
    }

    @Test
    void anEmptyBodyReadsBackEmpty() {
        try (SpilledBodies bodies = new SpilledBodies()) {
            bodies.put("documents/empty.md", new MarkdownRenderer.Rendered("", ""));
            assertEquals(new MarkdownRenderer.Rendered("", ""), bodies.of("documents/empty.md"));
        }
    }

    @Test
    void aStoredMarkdownBodyReadsBackWithTheStructureOfAHeldOne() {
        String markdown = CorpusFreeText.LAW;
        try (TextSpill spill = TextSpill.create("markdown")) {
            BodyText stored = spill.keep(markdown);
            spill.keep("**第一条** 另一个文件的正文。");
            BodyText held = BodyText.of(markdown);
            assertEquals(markdown, stored.markdown());
            assertEquals(held.structure(), stored.structure());
            assertEquals(2, stored.structure().articles().size(), "the law's two articles");
        }
    }

    @Test
    void aSingleBuildLeavesNoTemporaryFileBehind(@TempDir Path work) throws IOException {
        Set<Path> before = spilledFiles();
        Path project = FileTrees.copyDemoProject(work.resolve("project"));
        BuildResult result = Pipeline.build(
                BuildRequest.forProject(project)
                        .withAsOf(LocalDate.of(2026, 11, 28))
                        .withPdf(PdfOptions.defaults(work.resolve("pdf")).withEnabled(false)),
                ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        Set<Path> left = spilledFiles();
        left.removeAll(before);
        assertEquals(Set.of(), left, "the build's temporary files of Markdown and bodies are deleted");
    }

    /** Text of a real law with a chapter heading and two articles. */
    private static final class CorpusFreeText {
        static final String LAW = """
                ## 第一章　总则

                **第一条**　为了规范政府信息公开工作，保障公民、法人和其他组织依法获取政府信息，制定本条例。

                **第二条**　本条例所称政府信息，是指行政机关在履行行政管理职能过程中制作或者获取的，以一定形式记录、保存的信息。
                """;
    }

    /** A body with Chinese text, a citation link and an anchor, different for each {@code i}. */
    private static MarkdownRenderer.Rendered body(int i) {
        return MARKDOWN.render("**第" + i + "条** 依照《中华人民共和国立法法》第八条，规章应当公布。\n\n" + "本条第" + i
                + "款 <script>alert(1)</script> 所称“规范性文件”。".repeat(i % 7 + 1));
    }

    private static Set<Path> spilledFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("gazette-bodies-")
                            || file.getFileName().toString().startsWith("gazette-markdown-"))
                    .collect(Collectors.toSet());
        }
    }
}
