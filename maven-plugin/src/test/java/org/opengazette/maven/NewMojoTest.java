package org.opengazette.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn gazette:new} writes what {@code gazette new} writes, in the project of the site-ok fixture. */
class NewMojoTest {
    @TempDir
    Path project;

    private NewMojo mojo(String kind) throws IOException {
        Path config = Files.createDirectories(project.resolve("site-config"));
        try (var files = Files.list(Path.of("src/it/site-ok/site-config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        NewMojo mojo = new NewMojo();
        mojo.projectDirectory = project.toFile();
        mojo.kind = kind;
        mojo.date = "2026-01-06";
        return mojo;
    }

    @Test
    void writesTheDocumentWithTheFieldsItsKindRequires() throws Exception {
        NewMojo mojo = mojo("行政法规");
        mojo.id = "road-safety";
        mojo.title = " 道路交通安全条例 ";
        mojo.execute();
        String text = Files.readString(
                project.resolve("content/documents/administrative_regulation/road-safety.md"), StandardCharsets.UTF_8);
        assertTrue(text.contains("title: \"道路交通安全条例\""), text);
        assertTrue(text.contains("kind: administrative_regulation"), text);
        assertTrue(text.contains("2026-01-06"), text);
    }

    @Test
    void anUnknownKindNamesTheKnownOnes() throws Exception {
        MojoFailureException e = assertThrows(
                MojoFailureException.class, () -> mojo("regulation").execute());
        assertTrue(e.getMessage().contains("administrative_regulation"), e.getMessage());
    }

    @Test
    void anInvalidDateNamesTheParameter() throws Exception {
        NewMojo mojo = mojo("行政法规");
        mojo.date = "2026/01/06";
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("gazette.date must be a date YYYY-MM-DD, not \"2026/01/06\"", e.getMessage());
    }
}
