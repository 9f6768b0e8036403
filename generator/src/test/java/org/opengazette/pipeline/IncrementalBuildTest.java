package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.fixtures.ThemeFiles;
import org.opengazette.pdf.PdfOptions;

/**
 * A pipeline that builds the demo again after each edit (as {@code gazette serve} does) gives
 * the same site, byte for byte, as a fresh build of the edited project; it renders again only
 * the bodies that changed, and files whose bytes did not change keep their inode and
 * modification time. Each kind of edit an editor or publisher makes is tried in turn, on one
 * pipeline, so that what one rebuild remembers is carried into the next.
 */
class IncrementalBuildTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final String RULE = "content/documents/department_rule/department_rule-09ee7655.md";
    private static final String READING = "content/documents/interpretation/yn-2020-disclosure-key-points-reading.md";

    @TempDir
    static Path work;

    private static Path project;
    private static Pipeline pipeline;

    @BeforeAll
    static void firstBuild() {
        project = FileTrees.copyDemoProject(work.resolve("project"));
        pipeline = new Pipeline(request(project.resolve("target/site")), ProgressListener.NONE);
        BuildResult first = pipeline.build();
        assertTrue(first.success(), () -> first.diagnostics().toString());
    }

    @Test
    void everyKindOfEditGivesTheSiteOfAFreshBuild() {
        edit("a body", READING, "## 一、总体要求", "## 一、总体要求\n\n本段为增量构建测试所加。");
        edit("a citation of an article", READING, "本段为增量构建测试所加。", "本段为增量构建测试所加，依照《中华人民共和国档案法》第八条第二款的规定。");
        edit(
                "the cited article renumbered",
                "content/documents/law/law-9043407e.md",
                "**第八条** 国家档案主管部门",
                "**第八条之一** 国家档案主管部门");
        edit("a title", RULE, "title: \"侵害消费者权益行为处罚办法\"", "title: \"侵害消费者权益行为处罚办法（修订稿）\"");
        edit(
                "status dates",
                RULE,
                "effective: 2015-03-15",
                "effective: 2015-03-15\nexpires: 2020-12-31\nstatus_note: \"测试\"");
        edit("a relation", READING, "topics: [\"政务公开\"]", "topics: [\"政务公开\"]\nrepeals: [\"国家工商行政管理总局令第73号\"]");
        edit(
                "the site config",
                "site-config/site.yaml",
                "title: 云南省人民政府公报（OpenGazette 演示站）",
                "title: 云南省人民政府公报（增量构建测试）");
        override(
                "a new template of the project's theme",
                "templates/layout.ftlh",
                "<footer class=\"site-footer\">",
                "<footer class=\"site-footer\" data-edited=\"yes\">");
        edit(
                "an edit of that template",
                "themes/default/templates/layout.ftlh",
                "data-edited=\"yes\"",
                "data-edited=\"again\"");
        assertTrue(read("index.html").contains("data-edited=\"again\""), "the project's layout is used");
        write("a new document", "content/documents/notice/incremental-new.md", """
                ---
                title: "关于增量构建测试的通知"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2024-05-06
                topics: ["政务公开"]
                ---

                各州、市人民政府：依据《侵害消费者权益行为处罚办法（修订稿）》，现将有关事项通知如下。
                """);
        delete("a deleted document", "content/documents/notice/incremental-new.md");
    }

    @Test
    void aBodyEditRendersOneBodyAndKeepsUnchangedFiles() throws IOException {
        Path site = project.resolve("target/site");
        Object otherPage = Files.readAttributes(site.resolve("index.html"), BasicFileAttributes.class)
                .fileKey();
        FixtureProject.edit(project.resolve(READING), "要点共分四个部分", "要点共分为四个部分");
        BuildResult rebuilt = pipeline.build();
        assertTrue(rebuilt.success(), () -> rebuilt.diagnostics().toString());
        assertEquals(
                1L, rebuilt.figures().get("bodies rendered"), rebuilt.figures().toString());
        assertEquals(
                otherPage,
                Files.readAttributes(site.resolve("index.html"), BasicFileAttributes.class)
                        .fileKey(),
                "the home page did not change: the same file (inode), so the same modification time");
        long kept = rebuilt.figures().get("files unchanged");
        assertTrue(kept > rebuilt.files() * 9 / 10, "most files are unchanged: " + kept + " of " + rebuilt.files());
    }

    private static void edit(String what, String file, String old, String replacement) {
        FixtureProject.edit(project.resolve(file), old, replacement);
        compare(what);
    }

    private static void override(String what, String file, String old, String replacement) {
        ThemeFiles.override(project.resolve("themes/default"), file, old, replacement);
        compare(what);
    }

    private static void write(String what, String file, String text) {
        try {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compare(what);
    }

    private static void delete(String what, String file) {
        try {
            Files.delete(project.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        compare(what);
    }

    private static String read(String sitePath) {
        try {
            return Files.readString(project.resolve("target/site").resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds with a new pipeline that starts from the build cache as the last edit's builds left
     * it and from the ledger of its own site (as a build in a new process does), with the
     * remembering pipeline, and with a fresh one without cache, and compares the sites file by file.
     */
    private static void compare(String what) {
        Path restarted = project.resolve("target/restarted");
        BuildResult cached = Pipeline.build(request(restarted), ProgressListener.NONE);
        assertTrue(cached.success(), () -> what + ": " + cached.diagnostics());
        BuildResult incremental = pipeline.build();
        assertTrue(incremental.success(), () -> what + ": " + incremental.diagnostics());
        Path fresh = work.resolve("fresh");
        FileTrees.delete(fresh);
        BuildResult full = Pipeline.build(request(fresh).withCache(null), ProgressListener.NONE);
        assertTrue(full.success(), () -> what + ": " + full.diagnostics());
        FileTrees.assertSameTree(what + ", remembered", fresh, project.resolve("target/site"));
        FileTrees.assertSameTree(what + ", from the build cache", fresh, restarted);
    }

    private static BuildRequest request(Path output) {
        return BuildRequest.forProject(project)
                .withOutput(output)
                .withAsOf(AS_OF)
                .withPdf(PdfOptions.defaults(project.resolve("pdf-cache")).withEnabled(false));
    }
}
