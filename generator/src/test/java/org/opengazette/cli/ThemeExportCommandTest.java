package org.opengazette.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.CapturedOutput;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.site.BuiltInTheme;

/**
 * {@code gazette theme export DIR}: writes every file of the built-in theme, refuses to overwrite
 * without {@code --force}, and the exported copy, used as the project's theme, makes the same site.
 */
class ThemeExportCommandTest {
    @TempDir
    Path temp;

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    @Test
    void writesEveryFileOfTheBuiltInThemeAndSaysWhatToKeep() throws IOException {
        Path folder = temp.resolve("themes/default");

        assertEquals(0, GazetteCli.execute("theme", "export", folder.toString()), output.err());

        Map<String, byte[]> exported = files(folder);
        List<String> builtIn = BuiltInTheme.files();
        assertEquals(builtIn, List.copyOf(exported.keySet()));
        assertTrue(builtIn.containsAll(List.of("templates/layout.ftlh", "static/style.css", "i18n/zh-CN.yaml")));
        for (String file : builtIn) {
            assertArrayEquals(Files.readAllBytes(BuiltInTheme.folder().resolve(file)), exported.get(file), file);
        }
        String printed = output.out();
        assertTrue(printed.contains(builtIn.size() + " files"), printed);
        assertTrue(printed.contains("themes/default/templates/layout.ftlh"), printed);
        assertTrue(printed.contains("Keep only the files you change"), printed);
    }

    @Test
    void refusesToOverwriteAnyFileUnlessForced() throws IOException {
        Path folder = temp.resolve("theme");
        assertEquals(0, GazetteCli.execute("theme", "export", folder.toString()));
        Path changed = folder.resolve("static/style.css");
        Files.writeString(changed, "/* mine */\n");
        Files.delete(folder.resolve("static/site.js"));

        assertEquals(1, GazetteCli.execute("theme", "export", folder.toString()));
        assertEquals("/* mine */\n", Files.readString(changed), "kept");
        assertTrue(!Files.exists(folder.resolve("static/site.js")), "nothing written, not even a missing file");
        String message = output.err();
        assertTrue(message.contains("static/style.css") && message.contains("--force"), message);

        assertEquals(0, GazetteCli.execute("theme", "export", "--force", folder.toString()));
        assertArrayEquals(
                Files.readAllBytes(BuiltInTheme.folder().resolve("static/style.css")), Files.readAllBytes(changed));
        assertTrue(Files.isRegularFile(folder.resolve("static/site.js")));
    }

    @Test
    void anExportedThemeMakesTheSameSiteAsTheBuiltInOne() throws IOException {
        Path project = FixtureProject.copy(temp.resolve("project"), FixtureProject.VALID_CONTENT);
        String[] build = {"build", "--project", project.toString(), "--as-of", "2024-01-01", "--no-pdf", "--quiet"};
        assertEquals(
                0,
                GazetteCli.execute(
                        concat(build, "--out", temp.resolve("built-in").toString())));
        assertEquals(
                0,
                GazetteCli.execute(
                        "theme", "export", project.resolve("themes/default").toString()));
        assertEquals(
                0,
                GazetteCli.execute(
                        concat(build, "--out", temp.resolve("exported").toString())));

        Map<String, byte[]> builtIn = files(temp.resolve("built-in"));
        Map<String, byte[]> exported = files(temp.resolve("exported"));
        assertEquals(builtIn.keySet(), exported.keySet());
        builtIn.forEach((path, bytes) -> assertArrayEquals(bytes, exported.get(path), path));
    }

    @Test
    void aMissingFolderOrSubcommandIsAUsageError() {
        assertEquals(2, GazetteCli.execute("theme", "export"));
        assertEquals(2, GazetteCli.execute("theme"));
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
