package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * No broken internal link: every {@code href} and {@code src} of every HTML page of the demo
 * site that stays inside the site leads to a file that exists (a file, not a folder: the site
 * must work opened from disk), and every {@code #fragment} names an element id of its target.
 * Root-relative links (the 404 page's, which may be served at any depth) resolve against the
 * site root. Links to other hosts are left to {@link NoExternalRequestsTest}; any scheme other
 * than http, https, mailto and tel is an error.
 */
class LinkCheckTest {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final SiteTree site = SiteTree.demo();
    private final Map<String, Set<String>> idsByPage = new HashMap<>();

    @Test
    void everyInternalLinkAndFragmentResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : site.htmlFiles()) {
            Document html = site.html(page);
            for (Element element : html.select("[href], [src]")) {
                for (String attribute : List.of("href", "src")) {
                    if (element.hasAttr(attribute)) {
                        checked++;
                        String problem = check(page, element.attr(attribute).trim());
                        if (problem != null) {
                            broken.add(page + ": <" + element.tagName() + " " + attribute + "=\""
                                    + element.attr(attribute) + "\"> " + problem);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 1000, "links checked: " + checked);
        assertTrue(
                broken.isEmpty(),
                broken.size() + " broken links:\n" + broken.stream().limit(50).collect(Collectors.joining("\n")));
    }

    /** Null when the link is fine, else what is wrong. */
    private String check(String page, String link) {
        if (link.isEmpty()) {
            return "empty link";
        }
        if (link.startsWith("//")) {
            return null; // another host: see NoExternalRequestsTest
        }
        var scheme = SCHEME.matcher(link);
        if (scheme.find()) {
            String name = link.substring(0, scheme.end() - 1).toLowerCase(Locale.ROOT);
            return ALLOWED_SCHEMES.contains(name) ? null : "scheme " + name + ": is not allowed";
        }
        int hash = link.indexOf('#');
        String fragment = hash < 0 ? "" : decode(link.substring(hash + 1));
        String path = decode(link.replaceAll("[#?].*$", ""));
        String target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            target = site.resolve("index.html", path.substring(1));
        } else {
            target = site.resolve(page, path);
        }
        if (target == null) {
            return "leaves the site";
        }
        if (!site.isFile(target)) {
            return "→ " + target + " does not exist (or is a folder)";
        }
        if (!fragment.isEmpty() && target.endsWith(".html") && !ids(target).contains(fragment)) {
            return "→ " + target + " has no element with id \"" + fragment + "\"";
        }
        return null;
    }

    private Set<String> ids(String page) {
        return idsByPage.computeIfAbsent(
                page,
                p -> site.html(p).select("[id], a[name]").stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.id(), e.attr("name")))
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet()));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
