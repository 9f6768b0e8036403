package org.opengazette.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus's known-item queries ({@code queries.tsv}: query, expected file relative to the
 * corpus, type) and the figures of a run: MRR@10 and recall@10 per type and overall.
 */
final class KnownItems {
    /** One query. */
    record Query(String text, String expected, String type) {}

    /** MRR@10 and recall@10 of one query type. */
    record Figures(String type, int queries, double mrr, double recall) {}

    private KnownItems() {}

    /** The queries of {@code queries.tsv}, then those of {@code queries-typed.tsv} when it is there. */
    static List<Query> read(Path corpus) throws IOException {
        List<Query> queries = new ArrayList<>(read(corpus, "queries.tsv"));
        if (Files.isRegularFile(corpus.resolve("queries-typed.tsv"))) {
            queries.addAll(read(corpus, "queries-typed.tsv"));
        }
        return queries;
    }

    private static List<Query> read(Path corpus, String file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve(file))) {
            String[] columns = line.split("\t");
            if (columns.length == 3 && !columns[0].equals("query")) {
                queries.add(new Query(columns[0], columns[1], columns[2]));
            }
        }
        return queries;
    }

    /** Figures per type (in first-seen order) and {@code all}, from each query's top-10 files. */
    static List<Figures> score(List<Query> queries, List<List<String>> rankedSources) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            int rank = rankedSources
                            .get(i)
                            .subList(0, Math.min(10, rankedSources.get(i).size()))
                            .indexOf(query.expected())
                    + 1;
            for (String type : List.of(query.type(), "all")) {
                double[] sum = sums.computeIfAbsent(type, k -> new double[3]);
                sum[0] += rank > 0 ? 1.0 / rank : 0;
                sum[1] += rank > 0 ? 1 : 0;
                sum[2]++;
            }
        }
        double[] all = sums.remove("all");
        sums.put("all", all);
        List<Figures> figures = new ArrayList<>();
        sums.forEach((type, sum) -> figures.add(new Figures(type, (int) sum[2], sum[0] / sum[2], sum[1] / sum[2])));
        return figures;
    }
}
