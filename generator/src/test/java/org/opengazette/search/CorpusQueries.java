package org.opengazette.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The developers' corpus ({@code ../shared/corpus}, system property {@code gazette.corpus}) and its
 * known-item queries ({@code queries.tsv}: query, expected file relative to the corpus, type;
 * {@code queries-typed.tsv}: the concept queries typed without spaces, as people type).
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
     * @param type     short_title, phrase, concept or typed_concept
     */
    record Query(String text, String expected, String type) {}

    private CorpusQueries() {}

    static boolean present() {
        return Files.isRegularFile(CORPUS.resolve("queries.tsv"));
    }

    /** The queries of {@code queries.tsv}, then those of {@code queries-typed.tsv}. */
    static List<Query> queries() throws IOException {
        List<Query> queries = new ArrayList<>(queries("queries.tsv"));
        queries.addAll(queries("queries-typed.tsv"));
        return queries;
    }

    private static List<Query> queries(String file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(CORPUS.resolve(file))) {
            String[] columns = line.split("\t");
            if (columns.length == 3 && !columns[0].equals("query")) {
                queries.add(new Query(columns[0], columns[1], columns[2]));
            }
        }
        return queries;
    }
}
