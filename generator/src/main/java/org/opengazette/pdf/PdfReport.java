package org.opengazette.pdf;

import java.util.List;

/**
 * The PDFs of one build: every outcome (in job order) and the wall time of the stage.
 *
 * @param outcomes     one per planned job
 * @param notPlanned   site paths of PDFs whose print template failed, so that no job was made
 * @param millis       wall time of the whole PDF stage, planning included
 */
public record PdfReport(List<PdfOutcome> outcomes, List<String> notPlanned, long millis) {

    /** No PDFs (turned off). */
    public static PdfReport none() {
        return new PdfReport(List.of(), List.of(), 0);
    }

    /** Every PDF the build meant to make. */
    public int total() {
        return outcomes.size() + notPlanned.size();
    }

    public long rendered() {
        return count(PdfOutcome.Status.RENDERED);
    }

    public long cached() {
        return count(PdfOutcome.Status.CACHED);
    }

    /** PDFs whose stamp was drawn in this build (not taken from the cache already stamped). */
    public long stamped() {
        return outcomes.stream().filter(PdfOutcome::stamped).count();
    }

    /** PDFs that could not be made: the print template or the layout failed. */
    public long failed() {
        return count(PdfOutcome.Status.FAILED) + notPlanned.size();
    }

    /** Total size of the PDFs written to the site. */
    public long bytes() {
        return outcomes.stream().mapToLong(PdfOutcome::bytes).sum();
    }

    private long count(PdfOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
