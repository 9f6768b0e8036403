package org.opengazette.pdf;

import java.util.List;

/**
 * The print model of a whole gazette issue: a cover, a table of contents with page numbers, and
 * every document of the issue starting on a new page.
 *
 * @param gazetteName the gazette's name
 * @param label       e.g. 2020年第17期（总第617期）, the PDF's title
 * @param year        e.g. 2020年
 * @param number      e.g. 第17期
 * @param total       e.g. 总第617期, or null
 * @param date        the publication date as text
 * @param sections    the contents, section by section in the issue's order
 */
public record PrintIssue(
        String gazetteName,
        String label,
        String year,
        String number,
        String total,
        String date,
        List<Section> sections) {

    /** One section of the issue and its documents, in gazette order. */
    public record Section(String title, String anchor, List<PrintDocument> documents) {}
}
