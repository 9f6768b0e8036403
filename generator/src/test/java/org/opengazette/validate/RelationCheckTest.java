package org.opengazette.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** Relation validation on a small library written with the demo's site-config. */
class RelationCheckTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));

    @TempDir
    static Path content;

    private static List<Diagnostic> diagnostics;

    @BeforeAll
    static void check() throws IOException {
        write("self.md", "云南省人民政府关于废止部分规章的决定", "2021-01-01", "repeals: [\"self\"]");
        write("cycle-a.md", "云南省政务公开规定（甲）", "2019-01-01", "amends: [\"cycle-b\"]");
        write("cycle-b.md", "云南省政务公开规定（乙）", "2019-02-01", "amends: [\"cycle-c\"]");
        write("cycle-c.md", "云南省政务公开规定（丙）", "2019-03-01", "amends: [\"cycle-a\"]");
        write("late.md", "云南省行政规范性文件管理办法", "2022-06-01", "");
        write("early-repeal.md", "云南省人民政府关于废止《云南省行政规范性文件管理办法》的决定", "2021-01-01", "repeals: [\"late\"]");
        write("orphan-reading.md", "《2020年云南省政务公开工作要点》政策解读", "2020-08-20", "", "interpretation");
        BuildResult result = Pipeline.check(
                BuildRequest.forProject(REPO).withContent(content).withAsOf(LocalDate.of(2024, 1, 1)),
                ProgressListener.NONE);
        diagnostics = result.diagnostics();
    }

    @Test
    void aDocumentRepealingItselfIsAnError() {
        Diagnostic d = only("self-reference");
        assertTrue(d.position().file().endsWith("self.md"));
        assertEquals(6, d.position().line(), "the line of repeals:");
    }

    @Test
    void anAmendmentCycleIsReportedOnceWithItsPath() {
        Diagnostic d = only("relation-cycle");
        assertTrue(d.message().contains("cycle-a → cycle-b → cycle-c → cycle-a"), d.message());
    }

    @Test
    void aRepealBeforeTheTargetTookEffectIsAnError() {
        Diagnostic d = only("repeal-before-effective");
        assertTrue(d.position().file().endsWith("early-repeal.md"));
        assertTrue(d.message().contains("2021-01-01") && d.message().contains("2022-06-01"), d.message());
    }

    @Test
    void anInterpretationWithoutItsPolicyIsAnError() {
        assertTrue(
                diagnostics.stream()
                        .anyMatch(d -> d.code().equals("missing-field")
                                && d.position().file().endsWith("orphan-reading.md")
                                && d.message().contains("interprets")),
                diagnostics.toString());
    }

    private static Diagnostic only(String code) {
        List<Diagnostic> found =
                diagnostics.stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), diagnostics.toString());
        return found.get(0);
    }

    private static void write(String file, String title, String published, String relation) throws IOException {
        write(file, title, published, relation, "normative_document");
    }

    private static void write(String file, String title, String published, String relation, String kind)
            throws IOException {
        String number = "云政发〔" + published.substring(0, 4) + "〕" + (Math.abs(file.hashCode()) % 90 + 1) + "号";
        Files.writeString(
                content.resolve(file),
                "---\n"
                        + "title: \"" + title + "\"\n"
                        + "kind: " + kind + "\n"
                        + "issuer: [\"云南省人民政府\"]\n"
                        + "published: " + published + "\n"
                        + (relation.isEmpty()
                                ? "doc_number: \"" + number + "\"\n"
                                : relation + "\ndoc_number: \"" + number + "\"\n")
                        + "---\n\n第一条 为规范行政规范性文件管理，制定本办法。\n");
    }
}
