package org.opengazette.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * One build in this JVM, printing one line {@code RESULT wall=… cpu=… peakHeapMb=… stage=ms …
 * cpu.stage=ms …} (each stage's wall time, then the process's CPU time from its start to the next's) for
 * {@link #inNewJvm} to parse. Arguments: project, content, output folder, as-of date, {@code
 * search} or {@code no-search}, and {@code cache} or {@code no-cache} (the build cache; none when
 * left out). PDFs are off: this measures HTML, data and search (the PDF benchmark is {@link
 * PdfBenchmark}).
 *
 * <p>{@code liveHeapMb} is the most heap in use right after a full collection: what the build
 * holds on to at its fullest, which is what decides whether it fits a heap (the peak, {@code
 * peakHeapMb}, counts garbage too). With {@code -Dbench.liveHeap=true} the build also collects at
 * each stage's end and prints {@code live.stage=MB}, the heap still in use then (slower; for
 * finding what holds memory, not for timing).
 */
public final class MeasuredBuild {
    private MeasuredBuild() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        BuildRequest request = BuildRequest.forProject(Path.of(args[0]))
                .withContent(Path.of(args[1]))
                .withOutput(Path.of(args[2]))
                .withAsOf(LocalDate.parse(args[3]));
        request = request.withPdf(request.pdf().withEnabled(false))
                .withSearch(!"no-search".equals(args[4]))
                .withCache(args.length > 5 && "cache".equals(args[5]) ? request.cache() : null);
        LiveHeap live = LiveHeap.watch();
        StageCpu stageCpu = new StageCpu(Boolean.getBoolean("bench.liveHeap"));
        BuildResult result = Pipeline.build(request, stageCpu);
        stageCpu.end();
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        StringBuilder line = new StringBuilder("RESULT success=")
                .append(result.success())
                .append(" documents=")
                .append(result.documents())
                .append(" pages=")
                .append(result.pages())
                .append(" files=")
                .append(result.files())
                .append(" wall=")
                .append(wallMillis)
                .append(" cpu=")
                .append(processCpuNanos() / 1_000_000)
                .append(" peakHeapMb=")
                .append(peakHeapBytes() / (1024 * 1024))
                .append(" liveHeapMb=")
                .append(live.maxAfterFullCollection() / (1024 * 1024));
        line.append(" bodiesRendered=").append(result.figures().getOrDefault("bodies rendered", 0L));
        line.append(" filesUnchanged=").append(result.figures().getOrDefault("files unchanged", 0L));
        for (Map.Entry<String, Long> stage : result.stageMillis().entrySet()) {
            line.append(' ').append(stage.getKey()).append('=').append(stage.getValue());
        }
        stageCpu.millis.forEach((stage, millis) ->
                line.append(" cpu.").append(stage).append('=').append(millis));
        stageCpu.liveMb.forEach(
                (stage, mb) -> line.append(" live.").append(stage).append('=').append(mb));
        System.out.println(line);
        System.exit(result.success() ? 0 : 1);
    }

    /**
     * Runs this class in a new JVM with {@code heap} and {@code jvmOptions} and the arguments of
     * {@link #main}; returns its figures, and {@code process}, the wall time of the whole process.
     */
    static Map<String, Long> inNewJvm(String heap, List<String> jvmOptions, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MeasuredBuild.class.getName()));
        command.addAll(List.of(arguments));
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

    /** The process's CPU time per stage: from a stage's first progress event to the next stage's. */
    private static final class StageCpu implements ProgressListener {
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private final Map<String, Long> liveMb = new LinkedHashMap<>();
        private final boolean collect;
        private String stage;
        private long since;

        /** With {@code collect}, also the heap in use after a full collection at each stage's end. */
        StageCpu(boolean collect) {
            this.collect = collect;
        }

        @Override
        public void progress(String stage, String detail) {
            if (!stage.equals(this.stage)) {
                end();
                this.stage = stage;
            }
        }

        /** Ends the current stage, if any. */
        void end() {
            long now = processCpuNanos();
            if (stage != null) {
                millis.merge(stage, (now - since) / 1_000_000, Long::sum);
                if (collect) {
                    System.gc();
                    Runtime runtime = Runtime.getRuntime();
                    liveMb.put(stage, (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));
                    now = processCpuNanos();
                }
            }
            stage = null;
            since = now;
        }
    }

    /** CPU time of the whole process so far (all threads, the JIT compiler's and the collector's too). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The sum of the peak usage of every heap memory pool since the JVM started. */
    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum();
    }
}
