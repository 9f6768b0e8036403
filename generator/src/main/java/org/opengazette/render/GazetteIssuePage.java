package org.opengazette.render;

import java.util.List;
import org.opengazette.site.DocumentSummary;

/**
 * The model of a gazette issue page: its label, date and table of contents.
 *
 * @param label    e.g. 2020年第17期（总第617期）
 * @param date     the publication date as text
 * @param sections the table of contents, section by section in the issue's order
 * @param previous the previous issue, or null
 * @param next     the next issue, or null
 * @param pdfUrl   the whole-issue PDF, or null when none was written
 */
public record GazetteIssuePage(
        String label, String date, List<Section> sections, Link previous, Link next, String pdfUrl) {

    /** One section of the table of contents. */
    public record Section(String title, List<Entry> documents) {}

    /**
     * One document of the contents.
     *
     * @param document the document as listed
     * @param pdfPage  the page of the whole-issue PDF on which it starts, or null without that PDF
     */
    public record Entry(DocumentSummary document, Integer pdfPage) {}
}
