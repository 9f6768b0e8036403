package org.opengazette.config;

/**
 * A column of the disclosure platform's navigation: either a static page or a path in the site.
 *
 * @param label the text of the link
 * @param page  the slug of a page in {@code content/pages/}, or null
 * @param link  a path inside the site such as {@code gazette/}, or null
 */
public record NavItem(String label, String page, String link) {
}
