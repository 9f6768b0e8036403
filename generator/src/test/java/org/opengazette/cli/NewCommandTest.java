package org.opengazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FixtureProject;

/** {@code gazette new}: exit 0 with the path and next steps, 2 for an unknown kind, 1 for a taken id. */
class NewCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureStreams() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStreams() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void writesTheDraftOfAKindNamedByItsLabelAndSaysWhatComesNext() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("p"), FixtureProject.VALID_CONTENT);

        int exit = GazetteCli.execute("new", "规章", "--project", project.toString(), "--date", "2023-06-30");

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        Path file = project.resolve("content/documents/rule/rule-2023-06-30.md");
        String text = Files.readString(file);
        assertTrue(
                text.startsWith("---\n") && text.contains("kind: rule ") && text.contains("published: 2023-06-30 "),
                text);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                printed.contains("rule-2023-06-30.md") && printed.contains("gazette check") && printed.contains("待填写"),
                printed);

        assertEquals(0, GazetteCli.execute("check", "--project", project.toString(), "--as-of", "2024-01-01"));
        assertEquals(
                1,
                GazetteCli.execute("check", "--project", project.toString(), "--as-of", "2024-01-01", "--strict"),
                "placeholders fail with --strict");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("[placeholder]"));
    }

    @Test
    void anUnknownKindIsAUsageErrorListingTheKinds() {
        Path project = FixtureProject.copy(temp.resolve("p"), FixtureProject.VALID_CONTENT);

        int exit = GazetteCli.execute("new", "decree", "--project", project.toString());

        assertEquals(2, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(
                message.contains("unknown kind \"decree\"")
                        && message.contains("rule (规章)")
                        && message.contains("notice (通知)"),
                message);
        assertFalse(Files.exists(project.resolve("content/documents/decree")));
    }

    @Test
    void aTakenIdIsRefusedAndNothingIsWritten() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("p"), FixtureProject.VALID_CONTENT);
        String before = Files.readString(project.resolve("content/documents/court-2022-17.md"));

        int exit = GazetteCli.execute("new", "rule", "--project", project.toString(), "--id", "court-2022-17");

        assertEquals(1, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already used"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(project.resolve("content/documents/rule")));
        assertEquals(before, Files.readString(project.resolve("content/documents/court-2022-17.md")));
    }
}
