package org.opengazette.pdf;

/**
 * What became of one {@link PdfJob}.
 *
 * @param job    the job
 * @param status rendered now, taken from the cache, or failed
 * @param bytes  the PDF's size (0 when failed)
 * @param pages  its pages when rendered now (0 otherwise: cached PDFs are not parsed)
 * @param millis the time it took: layout and save, or the cache read
 */
public record PdfOutcome(PdfJob job, Status status, long bytes, int pages, long millis) {

    /** How a PDF was obtained. */
    public enum Status {
        RENDERED,
        CACHED,
        FAILED
    }
}
