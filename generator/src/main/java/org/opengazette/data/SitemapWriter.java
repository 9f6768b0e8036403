package org.opengazette.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.opengazette.output.SiteOutput;
import org.opengazette.site.Urls;

/**
 * Writes {@code sitemap.xml} (the given pages at their public addresses under the base URL, with
 * {@code <lastmod>} where the day of their last change is known) and {@code robots.txt} pointing
 * to it.
 */
public final class SitemapWriter {
    private SitemapWriter() {}

    /**
     * A page of the sitemap.
     *
     * @param path         relative to the site root (e.g. {@code docs/x/index.html})
     * @param lastModified the day of its last change, or null when unknown
     */
    public record Entry(String path, LocalDate lastModified) {}

    public static void write(List<Entry> pages, String baseUrl, SiteOutput output) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream()
                .map(page -> new Entry(baseUrl + Urls.pretty(page.path()), page.lastModified()))
                .sorted(Comparator.comparing(Entry::path))
                .forEach(page -> {
                    xml.append("  <url><loc>").append(escape(page.path())).append("</loc>");
                    if (page.lastModified() != null) {
                        xml.append("<lastmod>").append(page.lastModified()).append("</lastmod>");
                    }
                    xml.append("</url>\n");
                });
        xml.append("</urlset>\n");
        output.write("sitemap.xml", xml.toString());
        output.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
