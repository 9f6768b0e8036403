package org.opengazette.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total    how many documents have a version that matches the text and all filters
 * @param complete how many of them have such a version with every loose term of the text (or its
 *                 exact 发文字号); when none has, the page says that the results have only some of
 *                 the words
 * @param hits   the first {@code limit} of those documents, in order, one hit each
 * @param facets for {@code status}, {@code kind}, {@code issuer} and {@code year}: how many
 *               documents have a version that matches the text, the date filter and every facet
 *               filter but that facet's own, and has the value (so a chosen value still shows its
 *               alternatives)
 * @param exact  the ordinals of the matching versions whose 发文字号 is exactly the search text,
 *               ascending (a page may go straight to the document when there is one)
 */
public record SearchResults(
        long total,
        long complete,
        List<SearchHit> hits,
        Map<String, Map<String, Integer>> facets,
        List<Integer> exact) {}
