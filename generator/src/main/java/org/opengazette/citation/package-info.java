/**
 * Citations in body text: references by 发文字号 (云政办发〔2020〕33号, also with look-alike
 * brackets, or 国务院令第644号) and by title in 《》, found by {@link
 * org.opengazette.citation.CitationFinder}, resolved against the library by {@link
 * org.opengazette.citation.CitationResolver}, and turned into links in the rendered body by
 * {@link org.opengazette.citation.CitationLinker}.
 */
package org.opengazette.citation;
