package org.opengazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.CapturedOutput;
import org.opengazette.fixtures.FixtureProject;

/** {@code gazette new}: exit 0 with the path and next steps, 2 for an unknown kind, 1 for a taken id. */
class NewCommandTest {
    @TempDir
    Path temp;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    @Test
    void writesTheDraftOfAKindNamedByItsLabelAndSaysWhatComesNext() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("p"), FixtureProject.VALID_CONTENT);

        int exit = GazetteCli.execute("new", "规章", "--project", project.toString(), "--date", "2023-06-30");

        assertEquals(0, exit, output.err());
        Path file = project.resolve("content/documents/rule/rule-2023-06-30.md");
        String text = Files.readString(file);
        assertTrue(
                text.startsWith("---\n") && text.contains("kind: rule ") && text.contains("published: 2023-06-30 "),
                text);
        String printed = output.out();
        assertTrue(
                printed.contains("rule-2023-06-30.md") && printed.contains("gazette check") && printed.contains("待填写"),
                printed);

        assertEquals(0, GazetteCli.execute("check", "--project", project.toString(), "--as-of", "2024-01-01"));
        assertEquals(
                1,
                GazetteCli.execute("check", "--project", project.toString(), "--as-of", "2024-01-01", "--strict"),
                "placeholders fail with --strict");
        assertTrue(output.out().contains("[placeholder]"));
    }

    @Test
    void anUnknownKindIsAUsageErrorListingTheKinds() {
        Path project = FixtureProject.copy(temp.resolve("p"), FixtureProject.VALID_CONTENT);

        int exit = GazetteCli.execute("new", "decree", "--project", project.toString());

        assertEquals(2, exit);
        String message = output.err();
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
        assertTrue(output.err().contains("already used"), output.err());
        assertFalse(Files.exists(project.resolve("content/documents/rule")));
        assertEquals(before, Files.readString(project.resolve("content/documents/court-2022-17.md")));
    }
}
