package org.opengazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gazette} launcher (src/main/launcher/gazette, copied beside gazette.jar with the
 * build's JVM options filled in) and {@code .mvn/jvm.config}, which gives `mvn site` the same
 * options: the script is run here with a stand-in {@code java} that prints what it was given.
 */
class LauncherTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));
    private static final String OPTIONS = System.getProperty("gazette.jvm.options");

    @TempDir
    Path temp;

    @Test
    void theLauncherRunsTheJarBesideItWithTheBuildsOptionsAndEveryArgumentIntact() throws Exception {
        Path launcher = installLauncher();
        List<String> expected = new ArrayList<>(List.of(OPTIONS.split(" ")));
        expected.addAll(List.of(
                "-jar", launcher.resolveSibling("gazette.jar").toString(), "build", "--out", "公报 site/with space", ""));
        assertEquals(expected, run(launcher, Map.of(), "build", "--out", "公报 site/with space", ""));
    }

    @Test
    void gazetteJavaOptsReplacesTheOptions() throws Exception {
        Path launcher = installLauncher();
        assertEquals(
                List.of(
                        "-Xmx2g",
                        "-XX:+UseSerialGC",
                        "-jar",
                        launcher.resolveSibling("gazette.jar").toString(),
                        "check"),
                run(launcher, Map.of("GAZETTE_JAVA_OPTS", "-Xmx2g -XX:+UseSerialGC"), "check"));
        assertEquals(
                List.of("-jar", launcher.resolveSibling("gazette.jar").toString(), "check"),
                run(launcher, Map.of("GAZETTE_JAVA_OPTS", ""), "check"),
                "set but empty: the JVM's defaults");
    }

    @Test
    void mavenRunsThePluginWithTheSameOptions() throws IOException {
        assertEquals(
                OPTIONS,
                Files.readString(REPO.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8)
                        .strip(),
                ".mvn/jvm.config must repeat the pom's gazette.jvm.options");
    }

    /** The launcher as the build installs it, in a folder of its own, and a JAVA_HOME whose java echoes. */
    private Path installLauncher() throws IOException {
        String source = Files.readString(Path.of("src/main/launcher/gazette"), StandardCharsets.UTF_8);
        Path bin = Files.createDirectories(temp.resolve("dist"));
        Path launcher = bin.resolve("gazette");
        Files.writeString(launcher, source.replace("@gazette.jvm.options@", OPTIONS), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path java = Files.createDirectories(temp.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"[$a]\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return launcher;
    }

    private List<String> run(Path launcher, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", temp.resolve("jdk").toString());
        builder.environment().remove("GAZETTE_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output.lines().map(line -> line.substring(1, line.length() - 1)).toList();
    }
}
