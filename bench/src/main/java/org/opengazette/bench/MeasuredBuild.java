package org.opengazette.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * One build in this JVM, printing one line {@code RESULT wall=… cpu=… peakHeapMb=… stage=ms …} for
 * {@link BuildBenchmark} to parse. Arguments: project, content, output folder, as-of date, and
 * {@code search} or {@code no-search}. PDFs are off: this measures HTML, data and search (the PDF
 * benchmark is {@link PdfBenchmark}).
 */
public final class MeasuredBuild {
    private MeasuredBuild() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        BuildRequest request = BuildRequest.forProject(Path.of(args[0]))
                .withContent(Path.of(args[1]))
                .withOutput(Path.of(args[2]))
                .withAsOf(LocalDate.parse(args[3]));
        request = request.withPdf(request.pdf().withEnabled(false)).withSearch(!"no-search".equals(args[4]));
        BuildResult result = Pipeline.build(request, ProgressListener.NONE);
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
                .append(peakHeapBytes() / (1024 * 1024));
        for (Map.Entry<String, Long> stage : result.stageMillis().entrySet()) {
            line.append(' ').append(stage.getKey()).append('=').append(stage.getValue());
        }
        System.out.println(line);
        System.exit(result.success() ? 0 : 1);
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
