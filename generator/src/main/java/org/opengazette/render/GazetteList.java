package org.opengazette.render;

import java.util.List;

/**
 * The model of the gazette's landing page (every year, newest first) and of a year's page (that
 * year alone): each year with every issue, its date and its whole-issue PDF.
 *
 * @param heading the page's heading
 * @param years   the years shown, newest first
 */
public record GazetteList(String heading, List<Year> years) {

    /**
     * One year of the gazette.
     *
     * @param year   e.g. 2020
     * @param label  e.g. 2020年
     * @param url    the year's page
     * @param issues its issues, newest first
     */
    public record Year(int year, String label, String url, List<Issue> issues) {}

    /**
     * One issue.
     *
     * @param label  e.g. 2020年第17期（总第617期）
     * @param url    the issue's page (its table of contents)
     * @param date   the publication date as text
     * @param pdfUrl the whole-issue PDF, or null when none was written
     */
    public record Issue(String label, String url, String date, String pdfUrl) {}
}
