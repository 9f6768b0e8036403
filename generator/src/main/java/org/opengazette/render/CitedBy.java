package org.opengazette.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.opengazette.citation.CitationUse;
import org.opengazette.model.Document;
import org.opengazette.model.Version;
import org.opengazette.model.structure.Article;
import org.opengazette.site.RenderContext;

/**
 * Where a document is cited (被引用): the other documents whose bodies refer to it, and for each
 * article of a version, the documents that cite that article in that version. One link per
 * citing document (to its newest version that cites), by title.
 */
final class CitedBy {
    private final RenderContext context;
    private final Map<String, List<CitationUse>> byTarget = new HashMap<>();

    CitedBy(RenderContext context) {
        this.context = context;
        for (CitationUse use : context.citations()) {
            if (use.resolved() && !use.isOwn()) {
                byTarget.computeIfAbsent(use.target().id(), id -> new ArrayList<>())
                        .add(use);
            }
        }
    }

    /** The documents citing {@code document}, any version of it. */
    List<Link> documents(Document document) {
        return links(byTarget.getOrDefault(document.id(), List.of()));
    }

    /**
     * {@code bodyHtml} (the version's body as the page shows it) with a 被引用 line at the end of
     * each article that other documents cite in this version; unchanged when none is cited.
     */
    String markArticles(Version version, String bodyHtml, String root) {
        Map<String, List<CitationUse>> byArticle = new LinkedHashMap<>();
        for (CitationUse use : byTarget.getOrDefault(version.documentId(), List.of())) {
            if (use.isArticle() && use.version().key().equals(version.key())) {
                articleOf(version, use.article())
                        .ifPresent(id -> byArticle
                                .computeIfAbsent(id, k -> new ArrayList<>())
                                .add(use));
            }
        }
        if (byArticle.isEmpty()) {
            return bodyHtml;
        }
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(bodyHtml);
        body.outputSettings().prettyPrint(false);
        byArticle.forEach((id, uses) -> {
            Element article = body.getElementById(id);
            if (article == null) {
                return;
            }
            Element line = article.appendElement("p").addClass("cited-by");
            line.appendText(context.text("document.cited-by") + "：");
            List<Link> links = links(uses);
            for (int i = 0; i < links.size(); i++) {
                if (i > 0) {
                    line.appendText("、");
                }
                line.appendElement("a")
                        .attr("href", root + links.get(i).url())
                        .text(links.get(i).label());
            }
        });
        return body.body().html();
    }

    /** The anchor of the article that holds {@code anchor} (an article's or a clause's). */
    private static java.util.Optional<String> articleOf(Version version, String anchor) {
        for (Article article : version.structure().articles()) {
            if (article.id().equals(anchor)
                    || article.clauses().stream().anyMatch(clause -> clause.id().equals(anchor))) {
                return java.util.Optional.of(article.id());
            }
        }
        return java.util.Optional.empty();
    }

    /** One link per citing document, to its newest citing version, ordered by title and id. */
    private List<Link> links(List<CitationUse> uses) {
        Map<String, Version> newest = new HashMap<>();
        for (CitationUse use : uses) {
            newest.merge(use.citing().documentId(), use.citing(), (a, b) -> newer(a, b));
        }
        return newest.values().stream()
                .sorted(Comparator.comparing(Version::title).thenComparing(Version::documentId))
                .map(citing -> {
                    Document document =
                            context.library().document(citing.documentId()).orElseThrow();
                    return Link.of(citing.title(), context.urlOf(document, citing));
                })
                .toList();
    }

    private Version newer(Version a, Version b) {
        Document document = context.library().document(a.documentId()).orElseThrow();
        return document.versions().indexOf(a) >= document.versions().indexOf(b) ? a : b;
    }
}
