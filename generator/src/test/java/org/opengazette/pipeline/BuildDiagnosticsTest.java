package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Severity;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.fixtures.ThemeFiles;

/**
 * The diagnostics only a build reports, on a valid copy of the fixture project: a theme that is
 * neither built in nor a folder, and a broken template. Neither may leave a site behind.
 */
class BuildDiagnosticsTest {
    @TempDir
    Path project;

    @Test
    void anUnknownThemeIsReportedAtItsLineOfSiteYamlAndNothingIsWritten() {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        FixtureProject.edit(project.resolve("site-config/site.yaml"), "theme: default", "theme: gov-blue");
        BuildResult result = Pipeline.build(FixtureProject.request(project), ProgressListener.NONE);

        Diagnostic missing = only(result, "theme-missing");
        assertEquals(Severity.ERROR, missing.severity());
        assertTrue(missing.position().file().endsWith("site-config/site.yaml"), missing.toString());
        assertEquals(5, missing.position().line(), missing.toString());
        assertEquals(8, missing.position().column(), missing.toString());
        assertTrue(missing.message().contains("gov-blue"), missing.message());
        assertTrue(missing.message().contains("themes/gov-blue"), missing.message());
        assertTrue(missing.hint().contains("theme:"), missing.hint());
        assertFalse(result.success());
        assertFalse(Files.exists(project.resolve("target/site")));
    }

    @Test
    void aTemplateErrorNamesTheTemplateLineAndColumn() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        ThemeFiles.override(
                project.resolve("themes/default"),
                "templates/page.ftlh",
                "<h1>${page.title}</h1>",
                "<h1>${page.title}</h1>\n  <p>${page.issuer.name}</p>");

        BuildResult result = Pipeline.build(FixtureProject.request(project), ProgressListener.NONE);

        Diagnostic error = only(result, "template-error");
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.position().file().endsWith("templates/page.ftlh"), error.toString());
        assertEquals(5, error.position().line(), error.toString());
        assertEquals(8, error.position().column(), error.toString());
        assertTrue(error.message().contains("pages/guide"), error.message());
        assertTrue(error.message().contains("page.issuer"), error.message());
        assertFalse(result.success());
        assertFalse(Files.exists(project.resolve("target/site")));
    }

    private static Diagnostic only(BuildResult result, String code) {
        List<Diagnostic> found =
                result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), result.diagnostics().toString());
        return found.get(0);
    }
}
