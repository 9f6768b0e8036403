package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The accessibility skeleton of every rendered page of the demo site (alias redirect pages
 * excepted: they only forward): {@code <html lang>}, one {@code <h1>}, one {@code <main>}, a
 * {@code <nav>} with an {@code aria-label}, a skip link to the main content as the first link,
 * heading levels that never skip downwards (h1 → h3 without h2), every table with header cells
 * that all carry {@code scope}, unique ids, images with {@code alt}, and no empty term or value in
 * a description list (the metadata block).
 */
class PageStructureTest {
    private final SiteTree site = SiteTree.demo();

    @Test
    void everyPageHasLanguageOneH1MainLabelledNavigationAndSkipLink() {
        List<String> problems = check((page, html) -> {
            List<String> p = new ArrayList<>();
            if (html.selectFirst("html").attr("lang").isBlank()) {
                p.add("no <html lang>");
            }
            if (html.select("h1").size() != 1) {
                p.add(html.select("h1").size() + " <h1>");
            }
            if (html.select("main").size() != 1) {
                p.add(html.select("main").size() + " <main>");
            }
            if (html.select("nav[aria-label]").stream()
                    .noneMatch(n -> !n.attr("aria-label").isBlank())) {
                p.add("no <nav aria-label>");
            }
            Element firstLink = html.body().selectFirst("a[href]");
            Element main = html.selectFirst("main");
            if (firstLink == null
                    || main == null
                    || main.id().isEmpty()
                    || !firstLink.attr("href").equals("#" + main.id())) {
                p.add("the first link is not a skip link to <main id>: "
                        + (firstLink == null ? "none" : firstLink.outerHtml()));
            }
            return p;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void headingLevelsNeverSkipDownwards() {
        List<String> problems = check((page, html) -> {
            List<String> p = new ArrayList<>();
            int previous = 0;
            String previousText = "(start of page)";
            for (Element heading : html.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    p.add("h" + level + " \"" + heading.text() + "\" follows "
                            + (previous == 0 ? "" : "h" + previous + " ") + "\"" + previousText + "\"");
                }
                previous = level;
                previousText = heading.text();
            }
            return p;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyTableHasHeaderCellsWithScope() {
        List<String> problems = check((page, html) -> {
            List<String> p = new ArrayList<>();
            for (Element table : html.select("table")) {
                if (table.select("th").isEmpty()) {
                    p.add("a table without <th>: " + abbreviate(table.text()));
                }
                for (Element th : table.select("th")) {
                    if (!Set.of("col", "row", "colgroup", "rowgroup").contains(th.attr("scope"))) {
                        p.add("<th> without scope: " + th.outerHtml());
                    }
                }
            }
            return p;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void idsAreUniqueAndImagesHaveAlt() {
        List<String> problems = check((page, html) -> {
            List<String> p = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Element element : html.select("[id]")) {
                if (!seen.add(element.id())) {
                    p.add("duplicate id \"" + element.id() + "\"");
                }
            }
            html.select("img:not([alt])").forEach(img -> p.add("<img> without alt: " + img.outerHtml()));
            return p;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void descriptionListsHaveNoEmptyTermsOrValues() {
        List<String> problems = check((page, html) -> {
            List<String> p = new ArrayList<>();
            for (Element item : html.select("dt, dd")) {
                if (item.text().isBlank() && item.select("img[alt]").isEmpty()) {
                    p.add("empty <" + item.tagName() + "> in "
                            + item.parent().outerHtml().replaceAll("\\s+", " "));
                }
            }
            return p;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Runs a check on every page but redirects; returns its problems prefixed by the page. */
    private List<String> check(BiFunction<String, Document, List<String>> check) {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String page : site.htmlFiles()) {
            Document html = site.html(page);
            if (SiteTree.isRedirect(html)) {
                continue;
            }
            pages++;
            check.apply(page, html).forEach(problem -> problems.add(page + ": " + problem));
        }
        assertTrue(pages > 100, "pages checked: " + pages);
        return problems.stream().limit(60).collect(Collectors.toList());
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
