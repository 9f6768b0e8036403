package org.opengazette.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.Kind;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;
import org.opengazette.source.Placeholder;

/**
 * A draft of every kind passes the check but for its placeholders, which are reported one by
 * one as {@code placeholder} warnings (so {@code --strict} fails); ids never collide and no file
 * is ever overwritten.
 */
class NewDocumentTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    private static final LocalDate DATE = LocalDate.of(2026, 3, 1);

    @TempDir
    Path temp;

    /** The demo (its content and site-config) with two drafts of every kind of its kinds.yaml. */
    @Test
    void draftsOfEveryKindOfTheDemoPassTheCheckButForTheirPlaceholders() throws Exception {
        Path project = temp.resolve("demo");
        FileTrees.copy(REPO.resolve("content"), project.resolve("content"));
        FileTrees.copy(REPO.resolve("site-config"), project.resolve("site-config"));
        SiteConfig config = config(project);
        assertTrue(config.kinds().size() >= 10, "the demo's kinds");
        int placeholders = 0;
        for (Kind kind : config.kinds()) {
            for (int copy = 0; copy < 2; copy++) {
                NewDocument.Draft draft =
                        NewDocument.create(project.resolve("content"), config, kind.key(), null, null, DATE);
                assertEquals(
                        project.resolve("content/documents").resolve(kind.key()).resolve(draft.id() + ".md"),
                        draft.file());
                assertEquals(copy == 0 ? kind.key() + "-2026-03-01" : kind.key() + "-2026-03-01-2", draft.id());
                // title, then every required key that is not a date
                placeholders += 1
                        + (int) kind.required().stream()
                                .filter(k -> !FieldGuide.DATES.contains(k))
                                .count();
                String text = Files.readString(draft.file());
                assertTrue(text.contains("kind: " + kind.key() + " "), text);
                for (String key : kind.required()) {
                    assertTrue(
                            text.lines().anyMatch(line -> line.startsWith(key + ": ") && line.contains("  # ")),
                            key + " with a comment in\n" + text);
                }
                if (kind.required().contains("published")) {
                    assertTrue(text.contains("published: 2026-03-01 "), text);
                }
                if (kind.required().contains("doc_number")) {
                    assertTrue(text.contains("doc_number: \"待填写\"") && text.contains("括号用〔〕"), text);
                }
            }
        }

        BuildResult result = Pipeline.check(request(project, AS_OF, false), ProgressListener.NONE);

        List<Diagnostic> others = result.diagnostics().stream()
                .filter(d -> !d.code().equals("placeholder"))
                .toList();
        assertEquals(List.of(), others, "only placeholders");
        assertTrue(result.success());
        assertEquals(placeholders, result.diagnostics().size());
        assertTrue(
                result.diagnostics().stream()
                        .allMatch(d -> !d.isError()
                                && d.message().contains("仍是占位内容“待填写”")
                                && d.position().file().contains("content/documents/")),
                () -> result.diagnostics().toString());
        assertTrue(
                result.diagnostics().stream().anyMatch(d -> d.message().equals("字段“发文字号（doc_number）”仍是占位内容“待填写”，请填写")),
                () -> result.diagnostics().toString());

        assertFalse(
                Pipeline.check(request(project, AS_OF, true), ProgressListener.NONE)
                        .success(),
                "--strict fails");
    }

    /** The test fixture project (another site-config): a draft of each of its kinds, checked as of the draft's day. */
    @Test
    void draftsInTheFixtureProjectAddOnlyPlaceholderWarnings() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("fixture"), FixtureProject.VALID_CONTENT);
        List<Diagnostic> before = FixtureProject.check(project).diagnostics();
        SiteConfig config = config(project);
        for (Kind kind : config.kinds()) {
            NewDocument.create(
                    project.resolve("content"),
                    config,
                    kind.label(),
                    "Draft of " + kind.key(),
                    null,
                    FixtureProject.AS_OF);
        }

        BuildResult result = FixtureProject.check(project);

        List<Diagnostic> added =
                result.diagnostics().stream().filter(d -> !before.contains(d)).toList();
        assertTrue(added.stream().allMatch(d -> d.code().equals("placeholder")), added::toString);
        assertEquals(
                config.kinds().stream()
                        .mapToLong(k -> k.required().stream()
                                .filter(key -> !FieldGuide.DATES.contains(key))
                                .count())
                        .sum(),
                added.size(),
                added::toString);
        assertTrue(Files.exists(project.resolve("content/documents/rule/draft-of-rule.md")), "id from the ASCII title");
    }

    @Test
    void aKindIsNamedByItsKeyOrItsLabel() throws Exception {
        SiteConfig config = config(REPO);
        assertEquals("rule", NewDocument.kind(config, "规章").key());
        assertEquals("normative_document", NewDocument.kind(config, "行政规范性文件").key());
        assertEquals("rule", NewDocument.kind(config, "rule").key());
        DraftException unknown = assertThrows(DraftException.class, () -> NewDocument.kind(config, "regulation"));
        assertEquals(DraftException.Reason.UNKNOWN_KIND, unknown.reason());
        assertTrue(unknown.usage());
        assertTrue(
                unknown.getMessage().contains("rule (规章)")
                        && unknown.getMessage().contains("law (法律)"),
                unknown.getMessage());
    }

    @Test
    void anIdOfTheLibraryIsNeverTakenAgain() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("ids"), FixtureProject.VALID_CONTENT);
        SiteConfig config = config(project);
        Path content = project.resolve("content");
        // a file name, an id: of the front matter, and an alias (any case)
        FixtureProject.edit(
                content.resolve("documents/court-2022-17.md"), "\nkind:", "\naliases: [old-court-17]\nkind:");
        for (String taken : List.of("court-2022-17", "COURT-2022-17", "old-court-17")) {
            DraftException e = assertThrows(
                    DraftException.class, () -> NewDocument.create(content, config, "rule", null, taken, DATE));
            assertEquals(DraftException.Reason.ID_TAKEN, e.reason(), taken);
            assertFalse(e.usage());
        }
        assertEquals(
                DraftException.Reason.INVALID_ID,
                assertThrows(
                                DraftException.class,
                                () -> NewDocument.create(content, config, "rule", null, "../x", DATE))
                        .reason());
        assertEquals(
                "court-2022-17-2",
                NewDocument.create(content, config, "rule", "Court 2022 17", null, DATE)
                        .id(),
                "a default id taken already gets a number");
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("overwrite"), FixtureProject.VALID_CONTENT);
        SiteConfig config = config(project);
        Path content = project.resolve("content");
        // README.md is no document, so the library does not know its name: only the file is in the way
        Path readme = content.resolve("documents/rule/README.md");
        Files.createDirectories(readme.getParent());
        Files.writeString(readme, "kept");
        DraftException e = assertThrows(
                DraftException.class, () -> NewDocument.create(content, config, "rule", null, "README", DATE));
        assertEquals(DraftException.Reason.FILE_EXISTS, e.reason());
        assertEquals("kept", Files.readString(readme));

        NewDocument.Draft first = NewDocument.create(content, config, "rule", null, "my-rule", DATE);
        Files.writeString(first.file(), "edited by the editor");
        assertEquals(
                DraftException.Reason.ID_TAKEN,
                assertThrows(
                                DraftException.class,
                                () -> NewDocument.create(content, config, "rule", null, "my-rule", DATE))
                        .reason());
        assertEquals("edited by the editor", Files.readString(first.file()));
    }

    @Test
    void titlesAreQuotedForYaml() {
        assertEquals("\"a \\\"b\\\" c\\\\d e\"", NewDocument.quote("a \"b\" c\\d\ne"));
        assertEquals(
                "road-safety-rules-2026",
                NewDocument.defaultId(
                        new Kind("rule", "规章", 1, List.of(), null), "Road \"Safety\" Rules, 2026!", DATE));
        assertEquals(
                "rule-2026-03-01", NewDocument.defaultId(new Kind("rule", "规章", 1, List.of(), null), "道路安全规定", DATE));
        assertTrue(
                NewDocument.text(config(REPO), new Kind("rule", "规章", 1, List.of("doc_number"), null), "x: \"y\"", DATE)
                        .contains("title: \"x: \\\"y\\\"\""));
        assertEquals("待填写", Placeholder.MARKER);
    }

    private static SiteConfig config(Path project) {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
        SiteConfig config = new ConfigLoader(project.resolve("site-config"), Path::toString, diagnostics).load();
        assertEquals(
                0,
                diagnostics.errorCount(),
                () -> diagnostics.sorted().stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        return config;
    }

    private static org.opengazette.pipeline.BuildRequest request(Path project, LocalDate asOf, boolean strict) {
        return org.opengazette.pipeline.BuildRequest.forProject(project)
                .withAsOf(asOf)
                .withStrict(strict);
    }
}
