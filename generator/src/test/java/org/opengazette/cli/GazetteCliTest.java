package org.opengazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.CapturedOutput;

/** The command line's contract: exit codes 0/1/2, diagnostics on stdout in the chosen format. */
class GazetteCliTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));

    @TempDir
    Path temp;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    /**
     * The demo without PDFs (--no-pdf): the PDFs of its 58 versions would cost a cold JVM about
     * ten seconds of CPU; org.opengazette.pdf tests PDFs, through this CLI too, on a small fixture.
     */
    @Test
    void buildOfTheDemoSucceedsWithExitZero() throws IOException {
        Path site = temp.resolve("site");
        int exit = GazetteCli.execute(
                "build",
                "--project",
                REPO.toString(),
                "--out",
                site.toString(),
                "--as-of",
                "2026-11-28",
                "--quiet",
                "--no-pdf");
        assertEquals(0, exit, output.err());
        assertTrue(Files.exists(site.resolve("index.html")));
        assertTrue(output.err().contains("OK: "), "summary line");
        try (var files = Files.walk(site)) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".pdf")), "--no-pdf writes no PDF");
        }
        assertFalse(
                Files.readString(site.resolve("docs/law-1fd22d8e/index.html")).contains("application/pdf"),
                "and links none");
    }

    @Test
    void contentErrorsExitWithOneAndPrintJson() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("bad-date.md"), """
                ---
                title: "云南省人民政府办公厅关于印发2020年云南省政务公开工作要点的通知"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2021-02-30
                ---

                各州、市人民政府，省直有关部门：
                """);
        int exit = GazetteCli.execute(
                "check", "--project", REPO.toString(), "--content", content.toString(), "--format", "json");
        assertEquals(1, exit);
        JsonNode diagnostics = new ObjectMapper().readTree(output.out());
        JsonNode first = null;
        for (JsonNode diagnostic : diagnostics) {
            if (diagnostic.get("code").asText().equals("invalid-date")) {
                first = diagnostic;
            }
        }
        assertTrue(first != null, diagnostics.toString());
        assertEquals("error", first.get("severity").asText());
        assertEquals(5, first.get("line").asInt());
        assertEquals(12, first.get("column").asInt());
        assertTrue(first.get("file").asText().endsWith("bad-date.md"));
    }

    @Test
    void quietPrintsTheErrorsAndCountsTheWarningsInTheSummary() throws IOException {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(content.resolve("qingdao-2020-3.md"), """
                ---
                title: "青岛市人民代表大会常务委员会关于修改《青岛市城市风貌保护条例》的决定"
                kind: notice
                issuer: ["青岛市人民代表大会常务委员会"]
                published: 2020年12月1日
                ---

                青岛市第十六届人民代表大会常务委员会第二十九次会议决定对《青岛市城市风貌保护条例》作如下修改：
                """);
        int exit =
                GazetteCli.execute("check", "--project", REPO.toString(), "--content", content.toString(), "--quiet");
        assertEquals(1, exit);
        String printed = output.out();
        assertTrue(printed.contains("[date-format]") && printed.contains("请改为 2020-12-01"), printed);
        assertFalse(printed.contains("[unknown-authority]"), printed);
        String summary = output.err();
        assertTrue(summary.matches("(?s).*; 1 errors, [1-9]\\d* warnings;.*"), summary);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, GazetteCli.execute("build", "--as-of", "2021-02-30"));
        assertEquals(2, GazetteCli.execute("publish"));
        assertEquals(2, GazetteCli.execute());
        assertEquals(2, GazetteCli.execute("check", "--format", "xml"));
    }

    @Test
    void missingContentFolderIsReportedAsSuch() {
        int exit = GazetteCli.execute(
                "check",
                "--project",
                REPO.toString(),
                "--content",
                temp.resolve("nowhere").toString());
        assertEquals(1, exit);
        assertTrue(output.out().contains("[content-missing]"), output.out());
    }
}
