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
 * process, time per stage, peak heap. Options: {@code --project}, {@code --content},
 * {@code --runs}, {@code --heap}, {@code --as-of}, {@code --work}.
 */
public final class BuildBenchmark {
    private BuildBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path content = Path.of(options.get("content"));
        if (!Files.isDirectory(content)) {
            System.out.println("bench: no corpus at " + content + " (it lives in ../shared/corpus); nothing measured");
            return;
        }
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path work = Path.of(options.get("work"));
        Files.createDirectories(work);
        List<Map<String, Long>> results = new ArrayList<>();
        System.out.printf("bench: %d runs of a full build of %s, -Xmx%s, %d cores%n", runs, content,
                options.get("heap"), Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            Map<String, Long> figures = runOnce(options, work.resolve("site"));
            results.add(figures);
            System.out.println("bench: run " + run + ": " + figures);
        }
        System.out.println("bench: median of " + runs + " runs:");
        for (String key : results.get(0).keySet()) {
            List<Long> values = results.stream().map(r -> r.getOrDefault(key, 0L)).sorted().toList();
            System.out.printf("bench:   %-12s %8d  (min %d, max %d)%n", key, values.get(values.size() / 2),
                    values.get(0), values.get(values.size() - 1));
        }
    }

    private static Map<String, Long> runOnce(Map<String, String> options, Path site)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder("java", "-Xmx" + options.get("heap"), "-cp",
                System.getProperty("java.class.path"), MeasuredBuild.class.getName(), options.get("project"),
                options.get("content"), site.toString(), options.get("as-of"))
                .redirectErrorStream(true).start();
        Map<String, Long> figures = new LinkedHashMap<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
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
