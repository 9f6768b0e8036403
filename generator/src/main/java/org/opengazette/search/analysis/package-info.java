/**
 * Search analysis: the one definition of how text becomes tokens, for documents (through
 * {@link org.opengazette.search.analysis.BigramAnalyzer}) and queries, ported line for line to
 * {@code search-analysis.js}. How to change it: see {@link org.opengazette.search}.
 */
package org.opengazette.search.analysis;
