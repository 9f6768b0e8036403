package org.opengazette.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The developers' corpus ({@code ../shared/corpus}, system property {@code gazette.corpus}) and its
 * known-item queries ({@code queries.tsv}: query, expected file relative to the corpus, type).
 */
final class CorpusQueries {
    /** The corpus folder. */
    static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"))
            .toAbsolutePath()
            .normalize();

    /**
     * One known-item query.
     *
     * @param text     the query
     * @param expected the file that should come first, relative to the corpus
     * @param type     short_title, phrase or concept
     */
    record Query(String text, String expected, String type) {}

    private CorpusQueries() {}

    static boolean present() {
        return Files.isRegularFile(CORPUS.resolve("queries.tsv"));
    }

    static List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve("queries.tsv"))) {
            String[] columns = line.split("\t");
            if (columns.length == 3 && !columns[0].equals("query")) {
                queries.add(new Query(columns[0], columns[1], columns[2]));
            }
        }
        return queries;
    }
}
