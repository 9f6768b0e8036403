package org.opengazette.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a content folder (the developers' corpus) several times, each in a fresh JVM with a fixed
 * maximum heap, and prints every run and the median of each figure: wall time of the whole
 * process, CPU time, time per stage, peak heap. Each run is a pair of builds, one without the
 * search index and one with it, in alternating order; what search adds to a build is the median
 * of the pairs' differences (the search index is made alongside the pages, so its stage time
 * alone does not say it). Options: {@code --project}, {@code --content}, {@code --runs},
 * {@code --heap}, {@code --as-of}, {@code --work}, and {@code --jvm}: the JVM options of the builds,
 * those of the {@code gazette} launcher by default (an empty value measures the JVM's defaults).
 */
public final class BuildBenchmark {
    private BuildBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        Path content = Path.of(options.get("content"));
        if (!Files.isDirectory(content)) {
            System.out.println("bench: no corpus at " + content + " (it lives in ../shared/corpus); nothing measured");
            return;
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path work = Path.of(options.get("work"));
        Files.createDirectories(work);
        List<Map<String, Long>> with = new ArrayList<>();
        List<Map<String, Long>> without = new ArrayList<>();
        System.out.printf(
                "bench: %d runs of a full build of %s (each with and without search), -Xmx%s, %d cores, "
                        + "JVM options: %s%n",
                runs,
                content,
                options.get("heap"),
                Runtime.getRuntime().availableProcessors(),
                jvmOptions(options).isEmpty() ? "the JVM's defaults" : String.join(" ", jvmOptions(options)));
        for (int run = 1; run <= runs; run++) {
            // alternate the order; the last build of all is with search, for the search benchmark to use
            boolean searchFirst = (runs - run) % 2 == 1;
            for (boolean search : new boolean[] {searchFirst, !searchFirst}) {
                Map<String, Long> figures = runOnce(options, work.resolve("site"), search);
                (search ? with : without).add(figures);
                System.out.println("bench: run " + run + (search ? " (with search): " : " (no search):   ") + figures);
            }
        }
        print("with search", with);
        print("without search", without);
        System.out.println("bench: what search adds (median of the " + runs + " pairs' differences):");
        for (String key : List.of("wall", "cpu", "peakHeapMb")) {
            List<Long> added = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                added.add(with.get(i).getOrDefault(key, 0L) - without.get(i).getOrDefault(key, 0L));
            }
            List<Long> sorted = added.stream().sorted().toList();
            System.out.printf(
                    "bench:   %-12s %+8d  (min %+d, max %+d)%n",
                    key, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    private static void print(String label, List<Map<String, Long>> results) {
        System.out.println("bench: median of " + results.size() + " runs " + label + ":");
        for (String key : results.get(0).keySet()) {
            List<Long> values =
                    results.stream().map(r -> r.getOrDefault(key, 0L)).sorted().toList();
            System.out.printf(
                    "bench:   %-12s %8d  (min %d, max %d)%n",
                    key, values.get(values.size() / 2), values.get(0), values.get(values.size() - 1));
        }
    }

    /** {@code --name value} (or {@code --name=value}, which may be empty) pairs, by name. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.contains("=")) { // --jvm=…, which may be empty
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            }
        }
        return options;
    }

    /** The builds' JVM options ({@code --jvm}), split into words. */
    static List<String> jvmOptions(Map<String, String> options) {
        String jvm = options.getOrDefault("jvm", "").strip();
        return jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
    }

    private static Map<String, Long> runOnce(Map<String, String> options, Path site, boolean search)
            throws IOException, InterruptedException {
        return MeasuredBuild.inNewJvm(
                options.get("heap"),
                jvmOptions(options),
                options.get("project"),
                options.get("content"),
                site.toString(),
                options.get("as-of"),
                search ? "search" : "no-search",
                "no-cache");
    }
}
