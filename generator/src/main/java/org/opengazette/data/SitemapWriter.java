package org.opengazette.data;

import java.util.List;
import org.opengazette.output.SiteOutput;
import org.opengazette.render.PageSpec;
import org.opengazette.render.Urls;

/**
 * Writes {@code sitemap.xml} (every HTML page but the 404 page and redirects, at its public
 * address under the base URL) and {@code robots.txt} pointing to it.
 */
public final class SitemapWriter {
    private SitemapWriter() {
    }

    public static void write(List<PageSpec> pages, String baseUrl, SiteOutput output) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream()
                .filter(page -> page.path().endsWith("index.html") && !page.template().equals("redirect.ftlh"))
                .map(page -> baseUrl + Urls.pretty(page.path()))
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
