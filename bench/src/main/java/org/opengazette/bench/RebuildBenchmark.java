package org.opengazette.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.opengazette.pipeline.BuildRequest;

/**
 * What a second {@code gazette build} costs after a one-document edit, against a full build: on a
 * copy of a content folder (the developers' corpus), each run builds the whole site without the
 * build cache (as every build did before it existed), edits the body of a seeded random document,
 * and builds again with the cache, each build in a new JVM; runs alternate with and without search.
 * Prints every build (CPU and wall time of the process, stages, bodies rendered, files unchanged),
 * the medians, and the median of each run's ratio of CPU times. Options as {@link BuildBenchmark}'s,
 * and {@code --seed}.
 */
public final class RebuildBenchmark {
    private RebuildBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = BuildBenchmark.options(args);
        Path corpus = Path.of(options.get("content"));
        if (!Files.isDirectory(corpus)) {
            System.out.println("bench: no corpus at " + corpus + " (it lives in ../shared/corpus); nothing measured");
            return;
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        Random random = new Random(Long.parseLong(options.getOrDefault("seed", "20261202")));
        Path work = Path.of(options.get("work")).resolve("rebuild");
        Tree.delete(work);
        Path project = work.resolve("project");
        Tree.copy(Path.of(options.get("project")).resolve("site-config"), project.resolve("site-config"));
        Tree.copy(corpus, project.resolve("content"));
        List<Path> documents;
        try (Stream<Path> walk = Files.walk(project.resolve("content"))) {
            documents = walk.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md"))
                    .sorted()
                    .toList();
        }
        System.out.printf(
                "bench: %d runs of a full build without cache and a build with cache after a one-document edit,"
                        + " %d documents, -Xmx%s, %d cores%n",
                runs,
                documents.size(),
                options.get("heap"),
                Runtime.getRuntime().availableProcessors());
        Map<String, Long> primed = build(options, project, work.resolve("site"), true, true);
        System.out.println("bench: first build with the cache (it fills it): " + primed);
        List<Map<String, Long>> full = new ArrayList<>();
        List<Map<String, Long>> second = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            for (boolean search : new boolean[] {run % 2 == 1, run % 2 == 0}) {
                Map<String, Long> fresh = build(options, project, work.resolve("site-full"), search, false);
                Path edited = documents.get(random.nextInt(documents.size()));
                editBody(edited);
                Map<String, Long> cached = build(options, project, work.resolve("site"), search, true);
                double ratio = (double) cached.get("cpu") / fresh.get("cpu");
                String label = search ? "with search" : "no search";
                System.out.printf(
                        "bench: run %d (%s), edited %s%n  full:   %s%n  second: %s%n  CPU ratio %.3f%n",
                        run, label, project.relativize(edited), fresh, cached, ratio);
                full.add(tagged(fresh, search));
                Map<String, Long> tagged = tagged(cached, search);
                tagged.put("ratio", Math.round(ratio * 1000));
                second.add(tagged);
            }
        }
        for (boolean search : new boolean[] {false, true}) {
            String label = search ? "with search" : "no search";
            System.out.printf(
                    "bench: %s: full build CPU %d ms, wall %d ms; second build CPU %d ms, wall %d ms;"
                            + " median CPU ratio %.3f%n",
                    label,
                    median(full, search, "cpu"),
                    median(full, search, "process"),
                    median(second, search, "cpu"),
                    median(second, search, "process"),
                    median(second, search, "ratio") / 1000.0);
        }
    }

    private static Map<String, Long> build(
            Map<String, String> options, Path project, Path site, boolean search, boolean cache)
            throws IOException, InterruptedException {
        BuildRequest layout = BuildRequest.forProject(project);
        return MeasuredBuild.inNewJvm(
                options.get("heap"),
                BuildBenchmark.jvmOptions(options),
                project.toString(),
                layout.content().toString(),
                site.toString(),
                options.get("as-of"),
                search ? "search" : "no-search",
                cache ? "cache" : "no-cache");
    }

    /** Adds a sentence after the front matter's end: a body edit, as an editor's. */
    private static void editBody(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---", 4);
        int body = end < 0 ? text.length() : text.indexOf('\n', end + 4) + 1;
        Files.writeString(
                file, text.substring(0, body) + "\n本段为基准测试所加。\n" + text.substring(body), StandardCharsets.UTF_8);
    }

    private static Map<String, Long> tagged(Map<String, Long> figures, boolean search) {
        Map<String, Long> copy = new LinkedHashMap<>(figures);
        copy.put("search", search ? 1L : 0L);
        return copy;
    }

    private static long median(List<Map<String, Long>> builds, boolean search, String key) {
        List<Long> values = builds.stream()
                .filter(b -> b.get("search") == (search ? 1L : 0L))
                .map(b -> b.getOrDefault(key, 0L))
                .sorted()
                .toList();
        return values.isEmpty() ? 0 : values.get(values.size() / 2);
    }
}
