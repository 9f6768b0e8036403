/**
 * Search: the Lucene index built at build time, the static export that the browser searches, and
 * the query side shared by the CLI and the browser runtime.
 *
 * <p>Build side: {@link org.opengazette.search.SearchRecords} turns the publishable library into
 * one {@link org.opengazette.search.SearchRecord} per version, {@link
 * org.opengazette.search.IndexBuilder} writes them into a Lucene index with {@link
 * org.opengazette.search.BigramAnalyzer}, and {@link org.opengazette.search.StaticExport} writes
 * the same index as small files for the browser. Query side: {@link
 * org.opengazette.search.QueryText} analyses the text exactly like the browser does, {@link
 * org.opengazette.search.QueryBuilder} makes the Lucene query, and {@link
 * org.opengazette.search.IndexSearch} answers it from a built site. The browser runtime
 * ({@code search-analysis.js}, {@code search-index.js}, {@code search-engine.js} in the
 * built-in theme's {@code static/}) reproduces analysis, query and BM25 scoring bit for bit; the
 * export's format is documented in {@link org.opengazette.search.StaticExport}.
 */
package org.opengazette.search;
