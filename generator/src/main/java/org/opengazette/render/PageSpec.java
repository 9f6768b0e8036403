package org.opengazette.render;

/**
 * One page to render.
 *
 * @param path     where it goes, relative to the site root
 * @param template the theme template
 * @param title    the page title (before the site title)
 * @param view     the page's model, available to the template as {@code page}
 */
public record PageSpec(String path, String template, String title, Object view) {

    /** True for a page a sitemap lists: a folder's {@code index.html} that is not a redirect. */
    public boolean listed() {
        return path.endsWith("index.html") && !template.equals("redirect.ftlh");
    }
}
