package org.opengazette.pdf;

import java.io.IOException;

/** Lays out one {@link PdfJob}; not thread-safe: {@link PdfStage} gives each thread its own. */
interface JobRenderer extends AutoCloseable {

    /** A rendered PDF: its bytes and its number of pages. */
    record Rendered(byte[] bytes, int pages) {}

    Rendered render(PdfJob job) throws IOException;

    /** The laid-out PDF of {@code job} with its {@link PdfJob#stamp() stamp} drawn on every page. */
    byte[] stamp(byte[] layout, PdfJob job) throws IOException;

    @Override
    void close() throws IOException;
}
