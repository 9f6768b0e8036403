package org.opengazette.load;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildResult;

/**
 * Property: whatever an editor does to a real file (lines deleted, duplicated, swapped or
 * re-indented, stray YAML inserted, random bytes, a cut-off end), reading and checking it never
 * throws, and every diagnostic points at a line and column that exist in that file.
 */
class MutatedInputTest {
    private static final long SEED = 20240101L;
    private static final List<String> STRAY_LINES = List.of(
            "---",
            "...",
            "- ",
            "  - 国务院",
            ": 值",
            "title:",
            "key: [",
            "key: {",
            "\"",
            "'",
            "? a",
            "a: &x 1",
            "b: *x",
            "!!binary x: 1",
            "%YAML 1.2",
            "title: |",
            "  多行文本",
            "kind: [law, rule]",
            "published: 2021-02-30",
            "gazette_order: 99999999999999999999",
            "gazette_order: -1",
            "id: ../../x",
            "attachments: [\"../../../etc/passwd\"]",
            "attachments: [{title: 表}]",
            "repealed: 2020-01-01",
            "repealed: {by: 国务院令第100号}",
            "aliases: [{a: b}]",
            "issuer: [[国务院]]",
            "status: expired",
            "status: [in_force]",
            "amends: [court-2022-17, court-2022-17]",
            "interprets: [a, b]",
            "gazette: 2022-8",
            "gazette_section: {a: 1}",
            "expires:",
            "\t",
            "",
            "#",
            "year: 二〇二二",
            "number: 9.5",
            "date: [2022-09-15]",
            "sections: 司法解释",
            "doc_number: \"法释[2203]1号\"",
            "title: 《刑法修正案（十二）》");

    private static List<Seed> seeds;
    private static SiteConfig config;

    @TempDir
    Path folder;

    @BeforeAll
    static void readSeeds() throws IOException {
        Path content = FixtureProject.root().resolve("content");
        try (Stream<Path> walk = Files.walk(content)) {
            seeds = walk.filter(
                            p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .map(p -> new Seed(content.relativize(p).toString().replace('\\', '/'), read(p)))
                    .toList();
        }
        config = new ConfigLoader(
                        FixtureProject.root().resolve("site-config"),
                        Path::toString,
                        new Diagnostics(Messages.forLanguage("zh-CN")))
                .load();
    }

    @Test
    void readingAMutatedFileNeverThrowsAndPointsInsideIt() throws IOException {
        Random random = new Random(SEED);
        for (int round = 0; round < 1000; round++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] bytes = mutate(seed.bytes(), random);
            Path file = folder.resolve(seed.isIssue() ? "2022-8.yaml" : "x.md");
            Files.write(file, bytes);
            Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
            String context =
                    "round " + round + " from " + seed.path() + ":\n" + new String(bytes, StandardCharsets.UTF_8);

            assertDoesNotThrow(
                    () -> {
                        if (seed.isIssue()) {
                            new IssueReader(config, diagnostics).read(file, "gazette/2022-8.yaml", "x");
                        } else {
                            new VersionReader(config, diagnostics)
                                    .read(new ContentTree.VersionFile(file, "x.md", ""), "x", "x", "");
                        }
                    },
                    context);
            for (Diagnostic diagnostic : diagnostics.sorted()) {
                assertInside(diagnostic, bytes, context);
            }
        }
    }

    @Test
    void checkingAProjectOfMutatedFilesNeverThrowsAndPointsInsideThem() throws IOException {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < 30; round++) {
            Path project = FixtureProject.copy(folder.resolve("round-" + round), FixtureProject.VALID_CONTENT);
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Seed seed = seeds.get(random.nextInt(seeds.size()));
                Path file = project.resolve("content")
                        .resolve(
                                seed.isIssue()
                                        ? "gazette/2022-" + (20 + i) + ".yaml"
                                        : "fuzz/" + i + "-"
                                                + Path.of(seed.path()).getFileName());
                Files.createDirectories(file.getParent());
                Files.write(file, mutate(seed.bytes(), random));
                written.add(file);
            }

            BuildResult result = assertDoesNotThrow(() -> FixtureProject.check(project), "round " + round);

            for (Diagnostic diagnostic : result.diagnostics()) {
                Path file =
                        Path.of(diagnostic.position().file()).toAbsolutePath().normalize();
                if (written.contains(file)) {
                    assertInside(diagnostic, Files.readAllBytes(file), "round " + round + ": " + file);
                }
            }
        }
    }

    /** Line 1 … the number of lines (a line ends with LF, CR LF or a lone CR, as editors count them). */
    private static void assertInside(Diagnostic diagnostic, byte[] bytes, String context) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = List.of(decoded.split("\r\n|[\r\n\u0085\u2028\u2029]", -1));
        int line = diagnostic.position().line();
        int column = diagnostic.position().column();
        assertTrue(line >= 1 && line <= lines.size(), () -> diagnostic + " has no line in " + context);
        String text = lines.get(line - 1).replace("\uFEFF", "");
        assertTrue(
                column >= 1 && column <= text.codePointCount(0, text.length()) + 1,
                () -> diagnostic + " has no column in line \"" + text + "\" of " + context);
    }

    /** One to four edits of the kinds an editor (or a broken tool) makes. */
    private static byte[] mutate(byte[] original, Random random) {
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        byte[] bytes = null;
        for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.add(at, STRAY_LINES.get(random.nextInt(STRAY_LINES.size())));
                case 3 -> lines.set(at, List.of(" ", "  ", "    ", "\t", " \t").get(random.nextInt(5)) + lines.get(at));
                case 4 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                case 5 -> lines.set(at, replaceOneCharacter(lines.get(at), random));
                case 6 -> lines.set(at, lines.get(at) + "\r");
                default -> bytes = insertRandomBytes(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), random);
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        byte[] text = bytes != null ? bytes : String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return random.nextInt(10) == 0 ? java.util.Arrays.copyOf(text, random.nextInt(text.length + 1)) : text;
    }

    private static String replaceOneCharacter(String line, Random random) {
        if (line.isEmpty()) {
            return ":";
        }
        String stray = ":[]{}\"'#&*!|>%@`,-?　：（）";
        int at = random.nextInt(line.length());
        return line.substring(0, at) + stray.charAt(random.nextInt(stray.length())) + line.substring(at + 1);
    }

    private static byte[] insertRandomBytes(byte[] text, Random random) {
        int at = random.nextInt(text.length + 1);
        byte[] noise = new byte[1 + random.nextInt(4)];
        random.nextBytes(noise);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(noise);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Seed(String path, byte[] bytes) {
        boolean isIssue() {
            return path.endsWith(".yaml");
        }
    }
}
