/**
 * Searching a built site's Lucene index ({@code gazette search}): the query text analysed, the
 * Lucene query, hits, facet counts. {@code search-engine.js} runs the same query over the export.
 */
package org.opengazette.search.query;
