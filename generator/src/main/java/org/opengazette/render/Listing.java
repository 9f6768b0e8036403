package org.opengazette.render;

import java.util.List;
import org.opengazette.site.DocumentSummary;

/**
 * One page of a paginated list of documents.
 *
 * @param heading   the list's heading (e.g. the kind's label)
 * @param facet     the facet key, e.g. {@code kind}
 * @param documents the documents on this page, newest first
 * @param total     how many documents the whole list has
 * @param page      this page's number, from 1
 * @param pages     the links to every page of the list, in order
 * @param previous  the previous page, or null
 * @param next      the next page, or null
 */
public record Listing(
        String heading,
        String facet,
        List<DocumentSummary> documents,
        int total,
        int page,
        List<Link> pages,
        Link previous,
        Link next) {}
