package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.fixtures.FixtureProject;

/** Errors fail a check; warnings fail it only when strict; a clean project passes. */
class CheckOutcomeTest {
    @TempDir
    Path project;

    @Test
    void warningsPassUnlessStrict() {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);

        BuildResult lenient = FixtureProject.check(project);
        BuildResult strict = Pipeline.check(FixtureProject.request(project).withStrict(true), ProgressListener.NONE);

        assertEquals(
                List.of("unknown-page"),
                lenient.diagnostics().stream().map(Diagnostic::code).toList());
        assertTrue(lenient.success());
        assertEquals(6, lenient.documents());
        assertFalse(strict.success());
    }

    @Test
    void oneErrorFailsTheCheck() {
        FixtureProject.copy(
                project,
                List.of("documents", "pages", "gazette/2020-17.yaml", "gazette/2022-8.yaml", "invalid-date.md"));
        FixtureProject.edit(
                project.resolve("site-config/site.yaml"), "  - {label: 政府信息公开年报, page: annual-report}\n", "");

        BuildResult result = FixtureProject.check(project);

        assertEquals(
                List.of("invalid-date"),
                result.diagnostics().stream().map(Diagnostic::code).toList());
        assertFalse(result.success());
    }
}
