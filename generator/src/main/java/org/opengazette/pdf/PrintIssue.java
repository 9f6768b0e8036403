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
 * @param runningHead the head of every page after the cover: the gazette's name and the issue's label
 * @param masthead    the cover's 主管单位, 主办单位, 出版单位 and 刊号 that site.yaml configures, in that order
 * @param sections    the contents, section by section in the issue's order
 */
public record PrintIssue(
        String gazetteName,
        String label,
        String year,
        String number,
        String total,
        String date,
        String runningHead,
        List<MastheadLine> masthead,
        List<Section> sections) {

    /** One line of the cover's masthead, e.g. 主办单位：云南省人民政府办公厅. */
    public record MastheadLine(String label, String value) {}

    /** One section of the issue and its documents, in gazette order. */
    public record Section(String title, String anchor, List<PrintDocument> documents) {}
}
