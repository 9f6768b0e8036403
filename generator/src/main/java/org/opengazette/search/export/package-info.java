/**
 * The static export of a committed search index for the browser runtime; the format is the
 * Javadoc of {@link org.opengazette.search.export.StaticExport}.
 */
package org.opengazette.search.export;
