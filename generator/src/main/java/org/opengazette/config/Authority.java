package org.opengazette.config;

/**
 * 发文机关: an authority that issues documents.
 *
 * @param name      the full name, as written in {@code issuer:}
 * @param shortName the short name (省政府), or the full name
 * @param order     the listing order
 * @param slug      the name of its browse page folder
 */
public record Authority(String name, String shortName, int order, String slug) {}
