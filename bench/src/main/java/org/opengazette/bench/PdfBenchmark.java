package org.opengazette.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.opengazette.pdf.PdfJob;
import org.opengazette.pdf.PdfOutcome;
import org.opengazette.pdf.PdfReport;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * The PDF benchmark, in one JVM: (1) a cold build of a seeded random sample of the corpus's
 * documents with an empty PDF cache (first renders: JIT and fonts cold), (2) the same build again
 * without cache (warm renders), (3) a rebuild with the cache of (1) (nothing to render), in this
 * JVM and as {@code gazette build} in a new one, and (4) builds of the demo content with an empty
 * cache, in a fresh JVM and in this one, for its whole-issue PDFs. Prints milliseconds per document
 * (median, p95), pages per second, total PDF bytes, embedded font subset bytes per document and
 * the rebuild time. Options: {@code --project}, {@code --content} (the corpus), {@code --sample}
 * (documents; 0 = all), {@code --seed}, {@code --threads} (0 = one per core), {@code --as-of},
 * {@code --work}.
 */
public final class PdfBenchmark {
    private PdfBenchmark() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (options.containsKey("demo")) {
            demo(options);
            return;
        }
        Path project = Path.of(options.get("project"));
        Path corpus = Path.of(options.get("content"));
        if (!Files.isDirectory(corpus)) {
            System.out.println(
                    "pdf-bench: no corpus at " + corpus + " (it lives in ../shared/corpus); nothing measured");
            return;
        }
        int sample = Integer.parseInt(options.getOrDefault("sample", "300"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261128"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "0"));
        LocalDate asOf = LocalDate.parse(options.getOrDefault("as-of", "2026-11-28"));
        Path work = Path.of(options.get("work"));
        Tree.delete(work);
        Path content = work.resolve("content");
        int documents = copySample(corpus, content, sample, seed);
        System.out.printf(
                "pdf-bench: %d documents of %s (%s), seed %d, %d threads, %d cores, -Xmx%d MB%n",
                documents,
                corpus,
                sample == 0 ? "all" : "seeded random sample",
                seed,
                threads,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));

        Path cache = work.resolve("cache");
        BuildResult cold = build(project, content, work.resolve("site-cold"), cache, threads, asOf);
        report("cold (first renders in a fresh JVM, empty cache)", cold, work.resolve("site-cold"), true);
        BuildResult warm = build(project, content, work.resolve("site-warm"), null, threads, asOf);
        report("warm (rendered again in the same JVM, no cache)", warm, work.resolve("site-warm"), false);
        long start = System.nanoTime();
        BuildResult rebuild = build(project, content, work.resolve("site-rebuild"), cache, threads, asOf);
        System.out.printf(
                "pdf-bench: rebuild with the cache warm, same JVM: %d ms for the whole build, pdf stage %d ms, "
                        + "%d rendered, %d from cache%n",
                (System.nanoTime() - start) / 1_000_000,
                rebuild.pdfs().millis(),
                rebuild.pdfs().rendered(),
                rebuild.pdfs().cached());

        rebuildInFreshJvm(project, content, work.resolve("site-rebuild-cli"), cache, asOf);

        Process demo = new ProcessBuilder(
                        "java",
                        "-Xmx1g",
                        "-cp",
                        System.getProperty("java.class.path"),
                        PdfBenchmark.class.getName(),
                        "--demo",
                        project.toString(),
                        "--work",
                        work.resolve("demo").toString(),
                        "--threads",
                        String.valueOf(threads),
                        "--as-of",
                        asOf.toString())
                .inheritIO()
                .start();
        try {
            demo.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        issuePdfs(
                "warm JVM",
                build(
                        project,
                        project.resolve("content"),
                        work.resolve("site-demo"),
                        work.resolve("cache-demo"),
                        threads,
                        asOf));
    }

    /** The demo content's whole-issue PDFs in this (fresh) JVM: what a publisher of a small gazette waits for. */
    private static void demo(Map<String, String> options) {
        Path project = Path.of(options.get("demo"));
        Path work = Path.of(options.get("work"));
        issuePdfs(
                "fresh JVM",
                build(
                        project,
                        project.resolve("content"),
                        work.resolve("site"),
                        work.resolve("cache"),
                        Integer.parseInt(options.getOrDefault("threads", "0")),
                        LocalDate.parse(options.get("as-of"))));
    }

    private static void issuePdfs(String label, BuildResult demo) {
        for (PdfOutcome issue : demo.pdfs().outcomes()) {
            if (issue.job().kind() == PdfJob.Kind.ISSUE) {
                System.out.printf(
                        "pdf-bench: whole-issue PDF, %s, empty cache: %s: %d ms, %d pages, %d bytes%n",
                        label, issue.job().path(), issue.millis(), issue.pages(), issue.bytes());
            }
        }
        System.out.printf(
                "pdf-bench: demo content (%d versions, %d issues), %s, empty cache: pdf stage %d ms%n",
                demo.versions(),
                demo.pdfs().outcomes().stream()
                        .filter(o -> o.job().kind() == PdfJob.Kind.ISSUE)
                        .count(),
                label,
                demo.pdfs().millis());
    }

    /** The rebuild a publisher runs: {@code gazette build} in a new JVM, every PDF in the cache. */
    private static void rebuildInFreshJvm(Path project, Path content, Path site, Path cache, LocalDate asOf)
            throws IOException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        "java",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.opengazette.cli.GazetteCli",
                        "build",
                        "--project",
                        project.toString(),
                        "--content",
                        content.toString(),
                        "--out",
                        site.toString(),
                        "--as-of",
                        asOf.toString(),
                        "--pdf-cache",
                        cache.toString(),
                        "--quiet")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        String summary = output.lines()
                .filter(line -> line.startsWith("OK:") || line.startsWith("FAILED:"))
                .findFirst()
                .orElse(output);
        System.out.printf(
                "pdf-bench: rebuild in a fresh JVM (gazette build, cache warm): %d ms wall; %s%n",
                (System.nanoTime() - start) / 1_000_000, summary);
    }

    private static BuildResult build(Path project, Path content, Path site, Path cache, int threads, LocalDate asOf) {
        BuildRequest request = BuildRequest.forProject(project)
                .withContent(content)
                .withOutput(site)
                .withAsOf(asOf);
        request = request.withPdf(request.pdf().withCacheDirectory(cache).withThreads(threads));
        BuildResult result = Pipeline.build(request, ProgressListener.NONE);
        if (!result.success()) {
            throw new IllegalStateException("the build failed: "
                    + result.diagnostics().stream()
                            .filter(d -> d.isError())
                            .limit(5)
                            .toList());
        }
        return result;
    }

    private static void report(String label, BuildResult result, Path site, boolean fonts) throws IOException {
        PdfReport pdfs = result.pdfs();
        List<Long> millis = new ArrayList<>();
        long pages = 0;
        for (PdfOutcome outcome : pdfs.outcomes()) {
            if (outcome.job().kind() == PdfJob.Kind.DOCUMENT && outcome.status() == PdfOutcome.Status.RENDERED) {
                millis.add(outcome.millis());
                pages += outcome.pages();
            }
        }
        Collections.sort(millis);
        System.out.printf(
                "pdf-bench: %s: %d PDFs, %d pages, %d bytes; per document median %d ms, p95 %d ms, max %d ms;"
                        + " pdf stage %d ms wall = %.1f pages/s, %.1f documents/s; whole build %d ms%n",
                label,
                millis.size(),
                pages,
                pdfs.bytes(),
                percentile(millis, 50),
                percentile(millis, 95),
                millis.isEmpty() ? 0 : millis.get(millis.size() - 1),
                pdfs.millis(),
                pages * 1000.0 / pdfs.millis(),
                millis.size() * 1000.0 / pdfs.millis(),
                result.stageMillis().values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        if (fonts) {
            List<Long> subsets = new ArrayList<>();
            for (PdfOutcome outcome : pdfs.outcomes()) {
                subsets.add(fontBytes(site.resolve(outcome.job().path())));
            }
            Collections.sort(subsets);
            System.out.printf(
                    "pdf-bench: embedded font subsets per PDF (both faces): median %d bytes, p95 %d, max %d;"
                            + " median PDF %d bytes%n",
                    percentile(subsets, 50),
                    percentile(subsets, 95),
                    subsets.get(subsets.size() - 1),
                    median(pdfs.outcomes().stream().map(PdfOutcome::bytes).toList()));
        }
    }

    /** The bytes of the embedded font programs of a PDF. */
    private static long fontBytes(Path pdf) throws IOException {
        long bytes = 0;
        java.util.Set<COSName> seen = new java.util.HashSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font instanceof PDType0Font type0 && seen.add(COSName.getPDFName(font.getName()))) {
                        bytes += type0.getDescendantFont()
                                .getFontDescriptor()
                                .getFontFile2()
                                .toByteArray()
                                .length;
                    }
                }
            }
        }
        return bytes;
    }

    private static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return percentile(sorted, 50);
    }

    /** Copies {@code sample} documents (files or version folders) of the corpus, chosen with {@code seed}; 0 copies all. */
    private static int copySample(Path corpus, Path content, int sample, long seed) throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> kinds = Files.list(corpus)) {
            for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> entries = Files.list(kind)) {
                    entries.filter(e -> Files.isDirectory(e) || e.toString().endsWith(".md"))
                            .sorted()
                            .forEach(documents::add);
                }
            }
        }
        if (sample > 0 && sample < documents.size()) {
            Collections.shuffle(documents, new Random(seed));
            documents = documents.subList(0, sample);
        }
        for (Path document : documents) {
            Path target = content.resolve(corpus.relativize(document).toString());
            try (Stream<Path> files = Files.walk(document)) {
                for (Path file : files.toList()) {
                    Path to = target.resolve(document.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return documents.size();
    }
}
