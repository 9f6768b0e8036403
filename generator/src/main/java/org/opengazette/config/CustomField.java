package org.opengazette.config;

/**
 * A front-matter key the publisher adds to the content model, shown on document pages.
 *
 * @param key      the key, e.g. {@code region}
 * @param label    the label shown on the page, e.g. 地区
 * @param isPublic false for an internal field ({@code public: false}, such as a source path): it is
 *                 accepted in front matter and never read into what is published (pages, data
 *                 files, search, PDFs)
 */
public record CustomField(String key, String label, boolean isPublic) {}
