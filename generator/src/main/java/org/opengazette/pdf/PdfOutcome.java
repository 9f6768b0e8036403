package org.opengazette.pdf;

import java.util.List;

/**
 * What became of one {@link PdfJob}.
 *
 * @param job    the job
 * @param status rendered now, taken from the cache, or failed
 * @param bytes  the PDF's size (0 when failed)
 * @param pages  its pages when rendered now (0 otherwise: cached PDFs are not parsed)
 * @param millis the time it took: layout and save, or the cache read, and the stamp
 * @param starts for an issue, the page (from 1) on which each document starts, in the issue's
 *               order; empty otherwise
 * @param stamped whether its {@link PdfStamp} was drawn now (false when the cache held the PDF
 *               stamped the same way, or it has no stamp)
 */
public record PdfOutcome(
        PdfJob job, Status status, long bytes, int pages, long millis, List<Integer> starts, boolean stamped) {

    /** How a PDF was obtained. */
    public enum Status {
        RENDERED,
        CACHED,
        FAILED
    }
}
