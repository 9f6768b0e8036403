package org.opengazette.model.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Bodies of real documents: the demo's content and the developers' corpus (tests skip without it). */
final class CorpusFiles {
    static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));
    static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));

    private CorpusFiles() {}

    /** The body (after the front matter) of a file of the demo's {@code content/}. */
    static String demoBody(String path) {
        return body(REPO.resolve("content").resolve(path));
    }

    /** The body of a corpus file; skips the test when the corpus is absent. */
    static String corpusBody(String path) {
        assumeCorpus();
        return body(CORPUS.resolve(path));
    }

    static void assumeCorpus() {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS),
                "skipped: the developers' corpus is not at "
                        + CORPUS.toAbsolutePath().normalize() + " (set -Dgazette.corpus=DIR)");
    }

    static String body(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---", 4);
            return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
