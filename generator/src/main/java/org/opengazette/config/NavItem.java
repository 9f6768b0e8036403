package org.opengazette.config;

import org.opengazette.diagnostic.SourcePosition;

/**
 * A column of the disclosure platform's navigation: either a static page or a path in the site.
 *
 * @param label    the text of the link
 * @param page     the slug of a page in {@code content/pages/}, or null
 * @param link     a path inside the site such as {@code gazette/}, or null
 * @param position where the entry is written in {@code site.yaml}, for diagnostics
 */
public record NavItem(String label, String page, String link, SourcePosition position) {}
