/**
 * The search index: a {@link org.opengazette.search.index.SearchRecord} per published version,
 * its Lucene fields, and {@link org.opengazette.search.index.SearchIndex}, Lucene's own
 * {@code IndexWriter} over a new or kept directory. How to add a field or facet: see {@link
 * org.opengazette.search}.
 */
package org.opengazette.search.index;
