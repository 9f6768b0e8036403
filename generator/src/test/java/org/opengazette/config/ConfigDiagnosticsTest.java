package org.opengazette.config;

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
import org.opengazette.pipeline.BuildResult;

/**
 * Problems of {@code site-config/} and of the project layout, each in a tiny copy of the
 * fixture project that has that one problem: they would hide the content problems of the
 * fixture tree if it had them.
 */
class ConfigDiagnosticsTest {
    @TempDir
    Path project;

    @Test
    void aMissingConfigFileIsReportedByName() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        Files.delete(project.resolve("site-config/kinds.yaml"));

        Diagnostic missing = only(FixtureProject.check(project), "config-missing");
        assertEquals(Severity.ERROR, missing.severity());
        assertTrue(missing.position().file().endsWith("site-config/kinds.yaml"), missing.toString());
        assertEquals(0, missing.position().line());
        assertTrue(missing.message().contains("kinds.yaml"), missing.message());
    }

    @Test
    void aMissingContentFolderFailsTheCheck() throws IOException {
        FixtureProject.copy(project, List.of());
        Files.delete(project.resolve("content"));

        BuildResult result = FixtureProject.check(project);
        Diagnostic missing = only(result, "content-missing");
        assertTrue(missing.position().file().endsWith("content"), missing.toString());
        assertFalse(result.success());
    }

    @Test
    void aSiteFileThatIsNotAMappingIsReportedAtItsFirstLine() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        Files.writeString(project.resolve("site-config/site.yaml"), "- title: 示例省人民政府公报\n- language: zh-CN\n");

        Diagnostic wrong = only(FixtureProject.check(project), "not-a-mapping");
        assertEquals(Severity.ERROR, wrong.severity());
        assertTrue(wrong.position().file().endsWith("site-config/site.yaml"), wrong.toString());
        assertEquals(1, wrong.position().line());
        assertEquals(1, wrong.position().column());
        assertTrue(wrong.message().contains("site.yaml"), wrong.message());
    }

    @Test
    void aTaxonomyFileThatIsNotAListNamesBothShapesInTheSiteLanguage() throws IOException {
        FixtureProject.copy(project, List.of());
        Files.writeString(project.resolve("site-config/topics.yaml"), "# 主题分类\nname: 政务公开\n");

        Diagnostic wrong = only(FixtureProject.check(project), "wrong-type");
        assertTrue(wrong.position().file().endsWith("site-config/topics.yaml"), wrong.toString());
        assertEquals(2, wrong.position().line());
        assertEquals(1, wrong.position().column());
        assertTrue(wrong.message().contains("列表"), wrong.message());
        assertTrue(wrong.message().contains("键值映射"), wrong.message());
    }

    @Test
    void thePortalSettingsReportAnUnknownKeyAndAFilingWithoutItsNumberAtTheirLines() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        Path site = project.resolve("site-config/site.yaml");
        Files.writeString(
                site,
                Files.readString(site)
                        + "portal:\n  sponsor: 示例省人民政府办公厅\n  site_id: \"0000000000\"\n"
                        + "  icp: {url: \"https://beian.miit.gov.cn/\"}\n");
        int portalLine = (int) Files.readString(site)
                        .lines()
                        .takeWhile(l -> !l.equals("portal:"))
                        .count()
                + 1;

        BuildResult result = FixtureProject.check(project);
        Diagnostic unknown = only(result, "unknown-field");
        assertEquals(Severity.WARNING, unknown.severity());
        assertEquals(portalLine + 2, unknown.position().line(), unknown.toString());
        assertTrue(unknown.message().contains("site_id"), unknown.message());
        Diagnostic missing = only(result, "missing-field");
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals(portalLine + 3, missing.position().line(), missing.toString());
        assertTrue(missing.message().contains("number"), missing.message());
    }

    /** A 刊号 with a wrong check digit or form is a warning at its value, and the masthead keeps the rest. */
    @Test
    void aMalformedSerialNumberIsReportedAtItsValue() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        Path site = project.resolve("site-config/site.yaml");
        Files.writeString(
                site,
                Files.readString(site)
                        .replace(
                                "  name: 示例省人民政府公报\n",
                                "  name: 示例省人民政府公报\n  sponsor: 示例省人民政府办公厅\n"
                                        + "  issn: \"ISSN 0317-8472\"\n  cn: \"CN 53-1234/D\"\n"));
        int issnLine = (int) Files.readString(site)
                        .lines()
                        .takeWhile(l -> !l.startsWith("  issn:"))
                        .count()
                + 1;

        BuildResult result = FixtureProject.check(project);
        Diagnostic wrong = only(result, "invalid-serial-number");
        assertEquals(Severity.WARNING, wrong.severity());
        assertEquals(issnLine, wrong.position().line(), wrong.toString());
        assertEquals(9, wrong.position().column(), wrong.toString());
        assertTrue(wrong.message().contains("ISSN 0317-8472"), wrong.message());
        assertTrue(wrong.hint().contains("ISSN 0317-8471"), wrong.hint());
        assertTrue(result.success());
    }

    /** A custom field's options: {@code public} must be a boolean; an unknown option is named, with the closest one. */
    @Test
    void aCustomFieldsUnknownOptionOrNonBooleanPublicIsReportedAtItsPlace() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        Path site = project.resolve("site-config/site.yaml");
        FixtureProject.edit(
                site,
                "  - {key: history, label: 题注}\n",
                "  - {key: history, label: 题注}\n  - {key: source, label: 来源, pubic: false}\n"
                        + "  - {key: source_path, label: 来源文件, public: 否, colour: red}\n");
        int sourceLine = (int) Files.readString(site)
                        .lines()
                        .takeWhile(l -> !l.contains("key: source,"))
                        .count()
                + 1;

        BuildResult result = FixtureProject.check(project);
        List<Diagnostic> unknown = result.diagnostics().stream()
                .filter(d -> d.code().equals("unknown-field"))
                .toList();
        assertEquals(2, unknown.size(), result.diagnostics().toString());
        assertEquals(sourceLine, unknown.get(0).position().line());
        assertEquals(30, unknown.get(0).position().column());
        assertEquals("未知字段“pubic”", unknown.get(0).message());
        assertEquals("是否应为“public”？", unknown.get(0).hint());
        assertEquals(sourceLine + 1, unknown.get(1).position().line());
        assertTrue(
                unknown.get(1).hint().contains("key、label 和 public"),
                unknown.get(1).hint());
        Diagnostic wrongType = only(result, "wrong-type");
        assertEquals(sourceLine + 1, wrongType.position().line());
        assertTrue(wrongType.message().contains("public"), wrongType.message());
    }

    /** A config file the build cannot read (here: a folder where the file should be) is reported, not thrown. */
    @Test
    void anUnreadableConfigFileIsReported() throws IOException {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
        Path authorities = project.resolve("site-config/authorities.yaml");
        Files.delete(authorities);
        Files.createDirectory(authorities);

        BuildResult result = FixtureProject.check(project);
        Diagnostic unreadable = only(result, "file-unreadable");
        assertEquals(Severity.ERROR, unreadable.severity());
        assertTrue(unreadable.position().file().endsWith("site-config/authorities.yaml"), unreadable.toString());
        assertTrue(unreadable.message().contains("Is a directory"), unreadable.message());
        assertFalse(result.success());
    }

    private static Diagnostic only(BuildResult result, String code) {
        List<Diagnostic> found =
                result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, found.size(), result.diagnostics().toString());
        return found.get(0);
    }
}
