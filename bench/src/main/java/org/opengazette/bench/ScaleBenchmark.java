package org.opengazette.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opengazette.search.SearchIndexing;

/**
 * How a full build with search grows with the library: for each size ({@code --sizes}, in versions;
 * the corpus's 2,902, four times that, 100,000 by default) a {@link SyntheticLibrary} made from the
 * corpus is built in a new JVM with {@code --heap} (2 GB by default), without PDFs and without the
 * build cache. Prints, per size, the build's wall and CPU time, the heap's peak, the search stage,
 * the Lucene index's and the browser export's size and the largest export file the browser may
 * fetch, each also per version, so growth can be read against the smallest size; a build that
 * fails (e.g. out of memory) is reported and the larger sizes skipped. Bytes and latency per cold
 * query come from {@link SearchBenchmark} run on the site left in {@code --work}. Options as
 * {@link BuildBenchmark}'s, and {@code --sizes}.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = BuildBenchmark.options(args);
        Path corpus = Path.of(options.get("content"));
        if (!Files.isDirectory(corpus)) {
            System.out.println(
                    "scale-bench: no corpus at " + corpus + " (it lives in ../shared/corpus); nothing measured");
            return;
        }
        Path work = Path.of(options.get("work")).resolve("scale");
        String heap = options.getOrDefault("heap", "2g");
        System.out.printf(
                "scale-bench: full builds with search, no PDFs, no cache, -Xmx%s, %d cores%n",
                heap, Runtime.getRuntime().availableProcessors());
        List<Row> rows = new ArrayList<>();
        for (String size : options.getOrDefault("sizes", "2902,11608,100000").split(",")) {
            Path library = work.resolve("library");
            Path site = work.resolve("site-" + size);
            Tree.delete(site);
            int versions = SyntheticLibrary.write(corpus, library, Integer.parseInt(size.strip()));
            Map<String, Long> figures;
            try {
                figures = MeasuredBuild.inNewJvm(
                        heap,
                        BuildBenchmark.jvmOptions(options),
                        options.get("project"),
                        library.toString(),
                        site.toString(),
                        options.get("as-of"),
                        "search",
                        "no-cache");
            } catch (IllegalStateException failed) {
                System.out.printf(
                        "scale-bench: %d versions: the build failed in -Xmx%s: %s%n",
                        versions, heap, failed.getMessage());
                break;
            }
            Row row = new Row(
                    versions,
                    figures,
                    size(site.resolve(SearchIndexing.LUCENE_FOLDER)),
                    size(site.resolve(SearchIndexing.EXPORT_FOLDER)),
                    largest(site.resolve(SearchIndexing.EXPORT_FOLDER)));
            rows.add(row);
            System.out.println("scale-bench: " + row.describe(rows.get(0)));
        }
    }

    /** One size's figures; {@code describe} adds each per-version cost against the first size's. */
    private record Row(int versions, Map<String, Long> build, long luceneBytes, long exportBytes, long largestFile) {
        String describe(Row first) {
            return String.format(
                    "%d versions: wall %.1f s, CPU %.1f s, peak heap %d MB, search stage %.1f s;"
                            + " Lucene index %.1f MB, export %.1f MB, largest export file %.1f kB;"
                            + " per version: wall %.2f ms (×%.2f of the first size), CPU %.2f ms (×%.2f),"
                            + " search %.2f ms (×%.2f), index %.1f kB",
                    versions,
                    build.get("process") / 1e3,
                    build.get("cpu") / 1e3,
                    build.get("peakHeapMb"),
                    build.getOrDefault("search", 0L) / 1e3,
                    luceneBytes / 1e6,
                    exportBytes / 1e6,
                    largestFile / 1e3,
                    perVersion("process"),
                    perVersion("process") / first.perVersion("process"),
                    perVersion("cpu"),
                    perVersion("cpu") / first.perVersion("cpu"),
                    perVersion("search"),
                    perVersion("search") / first.perVersion("search"),
                    luceneBytes / 1e3 / versions);
        }

        private double perVersion(String figure) {
            return (double) build.getOrDefault(figure, 0L) / versions;
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(ScaleBenchmark::bytes)
                    .sum();
        }
    }

    private static long largest(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(ScaleBenchmark::bytes)
                    .max()
                    .orElse(0);
        }
    }

    private static long bytes(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
