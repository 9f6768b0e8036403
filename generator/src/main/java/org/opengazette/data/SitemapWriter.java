package org.opengazette.data;

import java.util.List;
import org.opengazette.output.SiteOutput;
import org.opengazette.site.Urls;

/**
 * Writes {@code sitemap.xml} (the given pages at their public addresses under the base URL) and
 * {@code robots.txt} pointing to it.
 */
public final class SitemapWriter {
    private SitemapWriter() {}

    /** @param pages the paths of the pages to list, relative to the site root (e.g. {@code docs/x/index.html}) */
    public static void write(List<String> pages, String baseUrl, SiteOutput output) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream()
                .map(page -> baseUrl + Urls.pretty(page))
                .sorted()
                .forEach(url -> xml.append("  <url><loc>").append(escape(url)).append("</loc></url>\n"));
        xml.append("</urlset>\n");
        output.write("sitemap.xml", xml.toString());
        output.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
