package org.opengazette.render;

import java.time.LocalDate;

/**
 * One page to render.
 *
 * @param path     where it goes, relative to the site root
 * @param template the theme template
 * @param title    the page title (before the site title)
 * @param view     the page's model, available to the template as {@code page}
 * @param lastModified the day of the last commit that changed what the page shows (a document's
 *                 files, the change log), or null when unknown; the sitemap's {@code <lastmod>}
 * @param canonical the path of the page that is the canonical URL of what this one shows: its own
 *                 path, or the document's permanent URL for the dated page of the version it shows
 */
public record PageSpec(
        String path, String template, String title, Object view, LocalDate lastModified, String canonical) {

    /** A page that is its own canonical URL. */
    public PageSpec(String path, String template, String title, Object view, LocalDate lastModified) {
        this(path, template, title, view, lastModified, path);
    }

    /** A page without a known last change. */
    public PageSpec(String path, String template, String title, Object view) {
        this(path, template, title, view, null);
    }

    /**
     * True for a page a sitemap lists: a folder's {@code index.html} that is not a redirect and is
     * its own canonical URL.
     */
    public boolean listed() {
        return path.endsWith("index.html") && !template.equals("redirect.ftlh") && canonical.equals(path);
    }
}
