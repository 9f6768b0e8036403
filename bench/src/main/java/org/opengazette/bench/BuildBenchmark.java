package org.opengazette.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.contains("=")) { // --jvm=…, which may be empty
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            }
        }
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

    private static List<String> jvmOptions(Map<String, String> options) {
        String jvm = options.getOrDefault("jvm", "").strip();
        return jvm.isEmpty() ? List.of() : List.of(jvm.split("\\s+"));
    }

    private static Map<String, Long> runOnce(Map<String, String> options, Path site, boolean search)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + options.get("heap")));
        command.addAll(jvmOptions(options));
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                MeasuredBuild.class.getName(),
                options.get("project"),
                options.get("content"),
                site.toString(),
                options.get("as-of"),
                search ? "search" : "no-search"));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> figures = new LinkedHashMap<>();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    for (String pair : line.substring("RESULT ".length()).split(" ")) {
                        String[] kv = pair.split("=", 2);
                        if (kv[1].matches("\\d+")) {
                            figures.put(kv[0], Long.parseLong(kv[1]));
                        }
                    }
                }
            }
        }
        int exit = process.waitFor();
        figures.put("process", (System.nanoTime() - start) / 1_000_000);
        if (exit != 0) {
            throw new IllegalStateException("the build failed (exit " + exit + "): " + figures);
        }
        return figures;
    }
}
