package org.opengazette.pdf;

import java.nio.file.Path;

/**
 * How a build makes PDFs.
 *
 * @param enabled             false skips PDFs entirely (CLI {@code --no-pdf}, Maven {@code gazette.pdf=false})
 * @param cacheDirectory      where rendered PDFs are kept between builds, keyed by content hash; null for no cache
 * @param failuresAsWarnings  report a PDF that cannot be rendered as a warning instead of an error
 * @param threads             rendering threads (each parses its own fonts); 0 means one per processor
 */
public record PdfOptions(boolean enabled, Path cacheDirectory, boolean failuresAsWarnings, int threads) {

    /** PDFs on, cached in {@code cacheDirectory}, failures are errors, one thread per processor. */
    public static PdfOptions defaults(Path cacheDirectory) {
        return new PdfOptions(true, cacheDirectory, false, 0);
    }

    public PdfOptions withEnabled(boolean on) {
        return new PdfOptions(on, cacheDirectory, failuresAsWarnings, threads);
    }

    public PdfOptions withCacheDirectory(Path folder) {
        return new PdfOptions(enabled, folder, failuresAsWarnings, threads);
    }

    public PdfOptions withFailuresAsWarnings(boolean warnings) {
        return new PdfOptions(enabled, cacheDirectory, warnings, threads);
    }

    public PdfOptions withThreads(int count) {
        return new PdfOptions(enabled, cacheDirectory, failuresAsWarnings, count);
    }

    /** The number of rendering threads to start for {@code jobs} PDFs. */
    int threadsFor(int jobs) {
        int wanted = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return Math.max(1, Math.min(wanted, jobs));
    }
}
