package org.opengazette.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildResult;

/** A site whose language is {@code en} gets the same diagnostics as the Chinese one, in English. */
class EnglishMessagesTest {
    @TempDir
    Path project;

    @Test
    void theSameProblemsAreReportedInEnglish() {
        FixtureProject.copy(project, List.of("invalid-date.md", "unknown-field.md", "wrong-type.md", "pages"));
        FixtureProject.edit(project.resolve("site-config/site.yaml"), "language: zh-CN", "language: en");

        BuildResult result = FixtureProject.check(project);

        assertEquals("en", result.messages().locale().getLanguage());
        Diagnostic date = find(result, "invalid-date");
        assertEquals("field \"published\" is not a valid date: \"2021-02-30\"", date.message());
        assertEquals("write a real calendar date as YYYY-MM-DD, e.g. 2021-02-28", date.hint());
        assertEquals(5, date.position().line());
        assertEquals(12, date.position().column());

        Diagnostic field = find(result, "unknown-field");
        assertEquals("unknown field \"publshed\"", field.message());
        assertEquals("did you mean \"published\"?", field.hint());

        Diagnostic type = find(result, "wrong-type");
        assertEquals("field \"title\" must be text, not a list", type.message());
        assertEquals("write title as text", type.hint());

        Diagnostic page = find(result, "unknown-page");
        assertEquals(
                "navigation names page \"annual-report\", which is not in content/pages/ (the column is left out)",
                page.message());
    }

    @Test
    void datesCheckedAgainstTheTextAndAnEditorsStatusAreReportedInEnglish() {
        FixtureProject.copy(
                project,
                List.of("effective-contradicts-text.md", "effective-missing.md", "status-without-note.md", "pages"));
        FixtureProject.edit(project.resolve("site-config/site.yaml"), "language: zh-CN", "language: en");

        BuildResult result = FixtureProject.check(project);

        Diagnostic contradicts = find(result, "effective-contradicts-text");
        assertEquals(
                "effective 2024-07-10 contradicts the text: \"本条例自2024年9月1日起施行\" (line 12) gives 2024-09-01",
                contradicts.message());
        assertEquals(
                "write effective: 2024-09-01, the day of the text (or correct the text, if it is the text that is wrong)",
                contradicts.hint());
        Diagnostic missing = find(result, "effective-missing");
        assertEquals(
                "effective is missing (published: 2023-07-03); the text says \"本条例自2023年9月1日起施行\" (line 10):"
                        + " 2023-09-01",
                missing.message());
        assertEquals(
                "add effective: 2023-09-01, the day of the text (without it, a document takes effect on its"
                        + " publication date)",
                missing.hint());
        Diagnostic status = find(result, "status-without-note");
        assertEquals(
                "explicit status \"repealed\" differs from the derived status \"in_force\" (as of 2024-01-01); it is"
                        + " shown as \"repealed\", marked as set by the editor, without saying why",
                status.message());
    }

    @Test
    void aMistypedDisclosureIsAnErrorWithTheClosestValue() {
        FixtureProject.copy(project, List.of("documents", "pages", "unknown-disclosure.md"));
        FixtureProject.edit(project.resolve("site-config/site.yaml"), "language: zh-CN", "language: en");
        FixtureProject.edit(project.resolve("content/unknown-disclosure.md"), "disclosure: 公开", "disclosure: pubic");

        Diagnostic disclosure = find(FixtureProject.check(project), "unknown-disclosure");

        assertEquals(
                "disclosure \"pubic\" is not an accepted value (the document would not be published)",
                disclosure.message());
        assertEquals(
                "did you mean \"public\"? accepted values: public (主动公开) | on_request (依申请公开)" + " | not_public (不予公开)",
                disclosure.hint());
    }

    @Test
    void theNewExplanationsAreInEnglishToo() {
        FixtureProject.copy(
                project,
                List.of(
                        "documents",
                        "pages",
                        "date-format.md",
                        "yaml-colon-space.md",
                        "unread-reference.md",
                        "yaml-unclosed-quote.md",
                        "unknown-kind-label.md"));
        FixtureProject.edit(project.resolve("site-config/site.yaml"), "language: zh-CN", "language: en");

        BuildResult result = FixtureProject.check(project);

        Diagnostic date = find(result, "date-format");
        assertEquals("field \"published\" is not written as YYYY-MM-DD: \"2022年3月20日\"", date.message());
        assertEquals("write 2022-03-20", date.hint());
        Diagnostic colon = find(result, "yaml-colon-space");
        assertEquals("no space after the colon of \"published\"", colon.message());
        assertEquals("write \"published: 2013-12-11\"", colon.hint());
        Diagnostic quote = find(result, "yaml-unclosed-quote");
        Diagnostic unread = find(result, "unread-reference");
        assertEquals(
                "repeals: \"法释〔2015〕9号\" names a file that has errors of its own and could not be read: "
                        + quote.position(),
                unread.message());
        assertEquals("fix the error at " + quote.position() + " first; this reference then resolves", unread.hint());
        assertEquals(
                "write the kind's key \"rule\" (\"规章\" is its label) (kinds are listed in site-config/kinds.yaml)",
                find(result, "unknown-kind").hint());
    }

    private static Diagnostic find(BuildResult result, String code) {
        return result.diagnostics().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + result.diagnostics()));
    }
}
