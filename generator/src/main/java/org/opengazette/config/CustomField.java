package org.opengazette.config;

/**
 * A front-matter key the publisher adds to the content model, shown on document pages.
 *
 * @param key   the key, e.g. {@code region}
 * @param label the label shown on the page, e.g. 地区
 */
public record CustomField(String key, String label) {}
