package org.opengazette.search.query;

import java.time.LocalDate;
import java.util.List;

/**
 * A search: text, filters, order and how many hits to return. The browser reads the same fields
 * from the page's URL ({@code ?q=…&status=…&kind=…&issuer=…&year=…&on=YYYY-MM-DD&sort=date}).
 *
 * @param text      the search box's text (see {@link QueryText}); may be empty when filters are given
 * @param statuses  status keys, any of which may match (empty: no filter)
 * @param kinds     kind keys, any of which may match
 * @param issuers   issuer names, any of which may match
 * @param years     years, any of which may match
 * @param inForceOn only versions in force on this day, or null
 * @param sort      the order of the hits
 * @param limit     how many hits to return
 */
public record SearchRequest(
        String text,
        List<String> statuses,
        List<String> kinds,
        List<String> issuers,
        List<String> years,
        LocalDate inForceOn,
        Sort sort,
        int limit) {

    /** The order of the hits; ties are always broken by ordinal (document id, then version). */
    public enum Sort {
        /** By score, highest first. */
        RELEVANCE,
        /** By date, newest first; versions without a date come last. */
        DATE
    }

    public SearchRequest {
        statuses = List.copyOf(statuses);
        kinds = List.copyOf(kinds);
        issuers = List.copyOf(issuers);
        years = List.copyOf(years);
    }

    /** A text search with no filters, by relevance. */
    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, List.of(), List.of(), List.of(), List.of(), null, Sort.RELEVANCE, limit);
    }

    /** True when any facet filter or the date filter is set. */
    public boolean hasFilters() {
        return !statuses.isEmpty() || !kinds.isEmpty() || !issuers.isEmpty() || !years.isEmpty() || inForceOn != null;
    }
}
