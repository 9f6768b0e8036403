package org.opengazette.pdf;

import org.opengazette.diagnostic.SourcePosition;

/**
 * One PDF to produce: where it goes, what it is made from, and its cache key.
 *
 * @param kind     a document version or a whole issue
 * @param owner    the version's source path, or the issue's id: what links to the PDF
 * @param path     where the PDF goes, relative to the site root
 * @param source   the file a failure is reported against (the version's Markdown, the issue's YAML)
 * @param xhtml    the print template's output
 * @param metadata the document information
 * @param key      the cache key of the layout: {@link PdfCacheKey} of everything above that affects its bytes
 * @param stamp    what is drawn on every page after layout (a version's running line and
 *                 watermark), or null (an issue)
 */
public record PdfJob(
        Kind kind,
        String owner,
        String path,
        SourcePosition source,
        String xhtml,
        PdfMetadata metadata,
        String key,
        PdfStamp stamp) {

    /** What a PDF holds. */
    public enum Kind {
        DOCUMENT,
        ISSUE
    }
}
