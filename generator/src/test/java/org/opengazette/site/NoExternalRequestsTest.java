package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No page of the demo site asks another host for anything: no {@code src}, {@code srcset},
 * {@code poster} or {@code data} pointing to {@code http(s)://} or {@code //}, no {@code <link>}
 * other than {@code rel=canonical} pointing elsewhere (stylesheets, preloads, icons …), no meta
 * refresh elsewhere, and no {@code url()} or {@code @import} of another host in any stylesheet or
 * style attribute, no absolute URL in a script. Plain {@code <a href>} links to other sites are
 * navigation, not requests, and are allowed.
 */
class NoExternalRequestsTest {
    private static final Pattern CSS_URL =
            Pattern.compile("(?i)(?:url\\(\\s*['\"]?|@import\\s+['\"])\\s*([^'\")\\s]+)");

    private final SiteTree site = SiteTree.demo();

    @Test
    void noPageRequestsAnythingFromAnotherHost() {
        List<String> found = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            Document html = site.html(page);
            for (Element element : html.select("[src], [srcset], [poster], object[data]")) {
                for (String attribute : List.of("src", "srcset", "poster", "data")) {
                    if (element.hasAttr(attribute) && external(element.attr(attribute))) {
                        found.add(page + ": <" + element.tagName() + " " + attribute + "=\"" + element.attr(attribute)
                                + "\">");
                    }
                }
            }
            for (Element link : html.select("link[href]")) {
                boolean canonical = link.attr("rel").trim().equalsIgnoreCase("canonical");
                if (!canonical && external(link.attr("href"))) {
                    found.add(page + ": " + link.outerHtml());
                }
            }
            for (Element refresh : html.select("meta[http-equiv=refresh]")) {
                String content = refresh.attr("content");
                int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
                if (url >= 0 && external(content.substring(url + 4))) {
                    found.add(page + ": " + refresh.outerHtml());
                }
            }
            for (Element styled : html.select("[style], style")) {
                cssUrls(styled.hasAttr("style") ? styled.attr("style") : styled.data())
                        .forEach(u -> found.add(page + ": style url " + u));
            }
        }
        for (String file : site.files()) {
            if (file.endsWith(".css")) {
                cssUrls(site.text(file)).forEach(u -> found.add(file + ": url " + u));
            }
            if (file.endsWith(".js")
                    && Pattern.compile("(?i)https?:|['\"]//")
                            .matcher(site.text(file))
                            .find()) {
                found.add(file + ": contains an absolute URL");
            }
        }
        assertTrue(
                found.isEmpty(),
                "requests to other hosts:\n" + found.stream().limit(50).collect(Collectors.joining("\n")));
    }

    private static List<String> cssUrls(String css) {
        List<String> urls = new ArrayList<>();
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            if (external(m.group(1))) {
                urls.add(m.group(1));
            }
        }
        return urls;
    }

    /** True for a URL that names a host: http(s)://…, //…, or any srcset entry doing so. */
    private static boolean external(String value) {
        for (String part : value.split(",")) {
            String url = part.trim().toLowerCase(Locale.ROOT);
            if (url.startsWith("http://")
                    || url.startsWith("https://")
                    || url.startsWith("//")
                    || url.startsWith("ftp://")) {
                return true;
            }
        }
        return false;
    }
}
