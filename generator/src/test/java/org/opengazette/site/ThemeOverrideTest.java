package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.fixtures.ThemeFiles;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * A project's theme files override the built-in theme one by one: a template (also where other
 * templates import it), a static file, single UI strings; a project without {@code themes/} builds
 * with the built-in theme alone.
 */
class ThemeOverrideTest {
    @TempDir
    Path project;

    @BeforeEach
    void copyFixture() {
        FixtureProject.copy(project, FixtureProject.VALID_CONTENT);
    }

    @Test
    void aProjectWithoutThemesBuildsWithTheBuiltInTheme() throws IOException {
        assertFalse(Files.exists(project.resolve("themes")));
        Path site = build(request());
        assertArrayEquals(
                Files.readAllBytes(BuiltInTheme.folder().resolve("static/style.css")),
                Files.readAllBytes(site.resolve("assets/style.css")));
        for (String file : BuiltInTheme.files()) {
            if (file.startsWith("static/")) {
                assertTrue(Files.isRegularFile(site.resolve("assets/" + file.substring(7))), file);
            }
        }
        assertTrue(Files.readString(site.resolve("index.html")).contains("本站由 OpenGazette 生成"));
    }

    @Test
    void anOverriddenLayoutFramesEveryPageWhileTheOtherTemplatesAreBuiltIn() throws IOException {
        ThemeFiles.override(
                project.resolve("themes/default"),
                "templates/layout.ftlh",
                "<footer class=\"site-footer\">",
                "<footer class=\"site-footer\" data-theme=\"project\">");
        Path site = build(request());

        List<Path> pages = htmlPages(site).stream()
                .filter(page -> !read(page).contains("http-equiv=\"refresh\""))
                .toList();
        assertTrue(pages.size() > 10, pages.toString());
        for (Path page : pages) {
            assertTrue(read(page).contains("data-theme=\"project\""), page + " is framed by the project's layout");
        }
        String document = read(site.resolve("docs/npc-2020-urban-tax/index.html"));
        assertTrue(document.contains("<section class=\"metadata\""), "the built-in document template");
    }

    @Test
    void aThemeFolderGivenWithThemeHasItsStylesheetAndExtraFilesPublishedBesideTheBuiltInOnes() throws IOException {
        Path folder = project.resolve("elsewhere/my-theme");
        Files.createDirectories(folder.resolve("static/img"));
        Files.writeString(folder.resolve("static/style.css"), "body { color: #123; }\n");
        Files.writeString(folder.resolve("static/img/emblem.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");

        Path site = build(request().withThemes(folder));

        assertEquals("body { color: #123; }\n", Files.readString(site.resolve("assets/style.css")));
        assertTrue(Files.isRegularFile(site.resolve("assets/img/emblem.svg")));
        assertArrayEquals(
                Files.readAllBytes(BuiltInTheme.folder().resolve("static/site.js")),
                Files.readAllBytes(site.resolve("assets/site.js")));
    }

    @Test
    void aStringFileWithOneKeyChangesThatStringOnly() throws IOException {
        Path strings = project.resolve("themes/default/i18n/zh-CN.yaml");
        Files.createDirectories(strings.getParent());
        Files.writeString(strings, "nav.home: 本站首页\n");

        String home = read(build(request()).resolve("index.html"));

        assertTrue(home.contains("本站首页"), "the project's string");
        assertFalse(home.contains(">首页<"), "the built-in string it replaces");
        assertTrue(home.contains("跳到正文") && home.contains("本站由 OpenGazette 生成"), "the other built-in strings");
    }

    @Test
    void aStringThatIsNotTextIsReportedAtItsLineAndNothingIsWritten() throws IOException {
        Path strings = project.resolve("themes/default/i18n/zh-CN.yaml");
        Files.createDirectories(strings.getParent());
        Files.writeString(strings, "nav.home: 本站首页\nfooter.data: [开放, 数据]\n");

        BuildResult result = Pipeline.build(request(), ProgressListener.NONE);

        assertFalse(result.success());
        Diagnostic wrong = result.diagnostics().stream()
                .filter(d -> d.code().equals("wrong-type"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(result.diagnostics().toString()));
        assertTrue(wrong.position().file().endsWith("themes/default/i18n/zh-CN.yaml"), wrong.toString());
        assertEquals(2, wrong.position().line(), wrong.toString());
        assertTrue(wrong.message().contains("footer.data"), wrong.message());
        assertFalse(Files.exists(request().output()));
    }

    @Test
    void aThemeOfAnotherNameIsLayeredOverTheBuiltInTheme() throws IOException {
        FixtureProject.edit(project.resolve("site-config/site.yaml"), "theme: default", "theme: gov-blue");
        Files.createDirectories(project.resolve("themes/gov-blue/static"));
        Files.writeString(project.resolve("themes/gov-blue/static/style.css"), "/* gov-blue */\n");

        Path site = build(request());

        assertEquals("/* gov-blue */\n", Files.readString(site.resolve("assets/style.css")));
        assertTrue(read(site.resolve("index.html")).contains("本站由 OpenGazette 生成"));
    }

    private BuildRequest request() {
        BuildRequest request = FixtureProject.request(project).withSearch(false);
        return request.withPdf(request.pdf().withEnabled(false));
    }

    private Path build(BuildRequest request) {
        BuildResult result = Pipeline.build(request, ProgressListener.NONE);
        assertTrue(result.success(), result.diagnostics().toString());
        return request.output();
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(file -> file.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
