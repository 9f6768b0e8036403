package org.opengazette.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.Severity;
import org.opengazette.output.SiteOutput;

/**
 * Produces the PDFs of a plan into the site: each is taken from the cache when its key is there,
 * else laid out on one of a few threads (each with its own {@link PdfRenderer}, since parsed
 * fonts are not thread-safe) and kept in the cache; a version's {@link PdfStamp} is then drawn on
 * the layout (cached or new) and the result written to the site, and kept too, one per page of
 * the site, so that another build with the same stamp (the same as-of date) stamps nothing. An issue's outcome carries the
 * page on which each of its documents starts, read back from the PDF. A PDF that cannot be rendered
 * is reported ({@code pdf-failed}, naming the version's or issue's file) and left out; the other
 * PDFs are still made. Longest documents start first, so that threads finish together.
 */
public final class PdfStage {
    private final PdfOptions options;
    private final Diagnostics diagnostics;
    private final Supplier<JobRenderer> newRenderer;
    private final PdfCache cache;
    private final AtomicBoolean cacheWarned = new AtomicBoolean();

    public PdfStage(PdfOptions options, Diagnostics diagnostics) {
        this(options, diagnostics, () -> new PdfRenderer(PdfFonts.shared()));
    }

    /** With another renderer per thread (tests: a renderer that fails on purpose). */
    PdfStage(PdfOptions options, Diagnostics diagnostics, Supplier<JobRenderer> newRenderer) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.newRenderer = newRenderer;
        this.cache = options.cacheDirectory() == null ? null : new PdfCache(options.cacheDirectory());
    }

    /** Makes every job's PDF; returns the outcomes in job order. */
    public List<PdfOutcome> run(List<PdfJob> jobs, SiteOutput output) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        List<PdfJob> longestFirst = new ArrayList<>(jobs);
        longestFirst.sort(
                Comparator.comparingInt((PdfJob job) -> job.xhtml().length()).reversed());
        int threads = options.threadsFor(jobs.size());
        List<JobRenderer> renderers = new ArrayList<>();
        ThreadLocal<JobRenderer> renderer = ThreadLocal.withInitial(() -> {
            JobRenderer created = newRenderer.get();
            synchronized (renderers) {
                renderers.add(created);
            }
            return created;
        });
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "gazette-pdf-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PdfOutcome>> futures = new ArrayList<>();
            for (PdfJob job : longestFirst) {
                futures.add(pool.submit(() -> produce(job, renderer, output)));
            }
            Map<PdfJob, PdfOutcome> done = new IdentityHashMap<>();
            for (Future<PdfOutcome> future : futures) {
                PdfOutcome outcome = future.get();
                done.put(outcome.job(), outcome);
            }
            return jobs.stream().map(done::get).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering PDFs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a PDF job failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
            synchronized (renderers) {
                for (JobRenderer each : renderers) {
                    try {
                        each.close();
                    } catch (IOException ignored) {
                        // Closing a font over a byte array does not fail in practice.
                    }
                }
            }
        }
    }

    private PdfOutcome produce(PdfJob job, ThreadLocal<JobRenderer> renderer, SiteOutput output) {
        long start = System.nanoTime();
        String stampKey = job.stamp() == null ? null : PdfStamper.key(job.key(), job.stamp());
        Optional<byte[]> stamped =
                cache == null || stampKey == null ? Optional.empty() : cache.readStamped(job.path(), stampKey);
        if (stamped.isPresent()) {
            output.write(job.path(), stamped.get());
            return new PdfOutcome(
                    job, PdfOutcome.Status.CACHED, stamped.get().length, 0, millisSince(start), List.of(), false);
        }
        Optional<byte[]> cached = cache == null ? Optional.empty() : cache.read(job.key());
        byte[] layout;
        int pages = 0;
        try {
            if (cached.isPresent()) {
                layout = cached.get();
            } else {
                JobRenderer.Rendered rendered = renderer.get().render(job);
                layout = rendered.bytes();
                pages = rendered.pages();
                keep(() -> cache.write(job.key(), layout));
            }
            byte[] bytes = stampKey == null ? layout : renderer.get().stamp(layout, job);
            if (stampKey != null) {
                keep(() -> cache.writeStamped(job.path(), stampKey, bytes));
            }
            List<Integer> starts = job.kind() == PdfJob.Kind.ISSUE ? IssuePages.starts(bytes) : List.of();
            output.write(job.path(), bytes);
            return new PdfOutcome(
                    job,
                    cached.isPresent() ? PdfOutcome.Status.CACHED : PdfOutcome.Status.RENDERED,
                    bytes.length,
                    pages,
                    millisSince(start),
                    starts,
                    stampKey != null);
        } catch (Exception | StackOverflowError e) {
            diagnostics.report(
                    options.failuresAsWarnings() ? Severity.WARNING : Severity.ERROR,
                    Problem.PDF_FAILED,
                    job.source(),
                    job.path(),
                    describe(e));
            return new PdfOutcome(job, PdfOutcome.Status.FAILED, 0, 0, millisSince(start), List.of(), false);
        }
    }

    /** One write to the cache. */
    private interface CacheWrite {
        void run() throws IOException;
    }

    /** Keeps a new layout or stamped PDF in the cache; a cache that cannot be written is reported once. */
    private void keep(CacheWrite write) {
        if (cache == null) {
            return;
        }
        try {
            write.run();
        } catch (IOException | RuntimeException e) {
            if (cacheWarned.compareAndSet(false, true)) {
                diagnostics.report(
                        Problem.PDF_CACHE_UNWRITABLE,
                        org.opengazette.diagnostic.SourcePosition.of(
                                options.cacheDirectory().toString()),
                        options.cacheDirectory(),
                        describe(e));
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
