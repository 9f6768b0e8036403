package org.opengazette.statistics;

import java.util.List;

/**
 * Table 2 for one year.
 *
 * @param year            the year
 * @param until           the last day counted: 31 December, or the as-of date in the current year
 * @param rows            one row per issuer, in the listing order of authorities
 * @param total           the sum of all rows
 * @param identityBreaks  the categories where 现行有效 ≠ last year's 现行有效 + 本年制发 − 本年废止, with the gap
 */
public record YearTable(
        int year, String until, List<IssuerRow> rows, IssuerRow total, List<IdentityBreak> identityBreaks) {

    /**
     * A category whose count does not follow from last year's.
     *
     * @param category {@code rules} or {@code normative}
     * @param expected last year's 现行有效 + 本年制发 − 本年废止
     * @param actual   this year's 现行有效
     */
    public record IdentityBreak(String category, int expected, int actual) {}
}
