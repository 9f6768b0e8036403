package org.opengazette.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.load.ContentTree;
import org.opengazette.load.IssueReader;
import org.opengazette.load.VersionReader;
import org.opengazette.model.structure.Article;
import org.opengazette.model.structure.Structure;

/**
 * Fuzz targets of the loaders (Jazzer). Properties, for any bytes: no exception escapes the
 * reader (every problem is a {@link Diagnostic}), every diagnostic points at a line and a
 * column that exist in the file it names, and the anchors of a version's body structure (read
 * with the version) are distinct.
 *
 * <p>Without {@code JAZZER_FUZZ} (Surefire execution {@code fuzz-regression}) each target runs once per seed of
 * {@code src/test/resources/org/opengazette/fuzz/LoaderFuzzTestInputs/<target>/}: small real
 * files of the demo's {@code content/} and {@code site-config/}, and the inputs of bugs the fuzzer
 * found. With {@code JAZZER_FUZZ=1} Jazzer fuzzes the one target selected (it fuzzes only one
 * {@code @FuzzTest} per JVM); the pom runs each target so for a few seconds in {@code verify}, and
 * README "Fuzzing" gives the longer command.
 */
class LoaderFuzzTest {
    /** The demo's site-config (the repository's), read once. */
    private static final Path SITE_CONFIG = Path.of(System.getProperty("gazette.repo", ".."), "site-config")
            .toAbsolutePath()
            .normalize();

    private static final List<String> CONFIG_FILES =
            List.of("site.yaml", "kinds.yaml", "authorities.yaml", "topics.yaml");
    private static final SiteConfig CONFIG = new ConfigLoader(SITE_CONFIG, Path::toString, diagnostics()).load();
    private static final Path WORK = temporaryFolder();
    /** YAML syntax, the keys of every file kind, awkward values (libFuzzer's dictionary format). */
    private static final String DICTIONARY = "/org/opengazette/fuzz/loaders.dict";

    /** A document version file: UTF-8 decoding, front matter, YAML, every field of the content model. */
    @DictionaryFile(resourcePath = DICTIONARY)
    @FuzzTest(maxDuration = "5s")
    void versionFile(byte[] data) {
        Path file = write(WORK.resolve("versions").resolve("fuzz.md"), data);
        Diagnostics diagnostics = diagnostics();
        new VersionReader(CONFIG, diagnostics)
                .read(new ContentTree.VersionFile(file, "fuzz.md", ""), file.toString(), "fuzz", "")
                .ifPresent(version -> assertAnchorsUnique(version.structure()));
        assertInside(diagnostics, file, data);
    }

    /** Every anchor of a body's structure (headings, articles, clauses) is distinct. */
    private static void assertAnchorsUnique(Structure structure) {
        List<String> anchors = new java.util.ArrayList<>();
        structure.headings().forEach(heading -> anchors.add(heading.id()));
        for (Article article : structure.articles()) {
            anchors.add(article.id());
            article.clauses().forEach(clause -> anchors.add(clause.id()));
        }
        if (anchors.size() != new java.util.HashSet<>(anchors).size()) {
            throw new AssertionError("anchors repeat in " + anchors);
        }
    }

    /** A gazette issue file ({@code gazette/<year>-<number>.yaml}). */
    @DictionaryFile(resourcePath = DICTIONARY)
    @FuzzTest(maxDuration = "5s")
    void issueFile(byte[] data) {
        Path file = write(WORK.resolve("gazette").resolve("2020-17.yaml"), data);
        Diagnostics diagnostics = diagnostics();
        new IssueReader(CONFIG, diagnostics).read(file, "gazette/2020-17.yaml", file.toString());
        assertInside(diagnostics, file, data);
    }

    /**
     * One file of site-config replaced by the input (its first byte picks which: site, kinds,
     * authorities, topics), the other three the demo's.
     */
    @DictionaryFile(resourcePath = DICTIONARY)
    @FuzzTest(maxDuration = "5s")
    void siteConfig(byte[] data) {
        if (data.length == 0) {
            return;
        }
        Path folder = WORK.resolve("site-config");
        String fuzzed = CONFIG_FILES.get(Math.floorMod(data[0], CONFIG_FILES.size()));
        byte[] content = Arrays.copyOfRange(data, 1, data.length);
        for (String name : CONFIG_FILES) {
            // The demo's file, written once and again after it was the fuzzed one.
            if (!name.equals(fuzzed) && (name.equals(lastFuzzed) || !Files.exists(folder.resolve(name)))) {
                copy(SITE_CONFIG.resolve(name), folder.resolve(name));
            }
        }
        write(folder.resolve(fuzzed), content);
        lastFuzzed = fuzzed;
        Diagnostics diagnostics = diagnostics();
        ConfigLoader.peekLanguage(folder);
        new ConfigLoader(folder, Path::toString, diagnostics).load();
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            Path file = Path.of(diagnostic.position().file());
            assertTrue(file.equals(folder.resolve(fuzzed)), () -> diagnostic + " names a file that was not fuzzed");
        }
        assertInside(diagnostics, folder.resolve(fuzzed), content);
    }

    private static String lastFuzzed = "";

    /** The work folder holds files, so deleting it on exit would fail: it is deleted here. */
    @AfterAll
    static void deleteWork() {
        FileTrees.delete(WORK);
    }

    /**
     * Line 1 … the number of lines (ends: LF, CR LF, lone CR, NEL, LS, PS); column 1 … the line's
     * length in code points + 1.
     */
    static void assertInside(Diagnostics diagnostics, Path file, byte[] bytes) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = List.of(decoded.split("\r\n|[\r\n\u0085\u2028\u2029]", -1));
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            if (!Path.of(diagnostic.position().file()).equals(file)) {
                continue;
            }
            int line = diagnostic.position().line();
            int column = diagnostic.position().column();
            assertTrue(
                    line >= 1 && line <= lines.size(),
                    () -> diagnostic + ": no such line (" + lines.size() + " lines) in\n" + decoded);
            // A byte order mark starting the file is not text (TextDecoder drops it); U+FEFF elsewhere is.
            String text = line == 1 && lines.get(0).startsWith("\uFEFF")
                    ? lines.get(0).substring(1)
                    : lines.get(line - 1);
            assertTrue(
                    column >= 1 && column <= text.codePointCount(0, text.length()) + 1,
                    () -> diagnostic + ": no such column in line \"" + text + "\" of\n" + decoded);
        }
    }

    private static Diagnostics diagnostics() {
        return new Diagnostics(Messages.forLanguage("zh-CN"));
    }

    private static Path write(Path file, byte[] data) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try {
            write(to, Files.readAllBytes(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("gazette-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
