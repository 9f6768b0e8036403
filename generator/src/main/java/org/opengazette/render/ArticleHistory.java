package org.opengazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.diff.Provision;
import org.opengazette.model.Document;
import org.opengazette.model.Version;
import org.opengazette.model.structure.Article;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * The history of each article of a version, from the comparisons of consecutive versions: an
 * article is followed through renumbering and moves, back to the version that added it and on to
 * the one that removed it; each version that changed its words (修改, not 仅格式调整), added or
 * removed it gives a note linking to the article's row in that comparison.
 */
final class ArticleHistory {
    private final RenderContext context;
    private final RenderMemory memory;

    ArticleHistory(RenderContext context, RenderMemory memory) {
        this.context = context;
        this.memory = memory;
    }

    /**
     * {@code bodyHtml} (the version's body as the page shows it, its articles anchored by their
     * ids) with a line at the end of each article for each change in its history, linking to the
     * article's row in that comparison ({@code root}-relative); unchanged for a single version.
     */
    String mark(Document document, Version version, String bodyHtml, String root) {
        List<ArticleNote> notes = notes(document, version);
        if (notes.isEmpty()) {
            return bodyHtml;
        }
        org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(bodyHtml);
        body.outputSettings().prettyPrint(false);
        for (ArticleNote note : notes) {
            Element article = body.getElementById(note.article());
            if (article != null) {
                article.appendElement("p")
                        .addClass("article-history")
                        .appendElement("a")
                        .attr("href", root + note.url())
                        .text(note.text());
            }
        }
        return body.body().html();
    }

    /**
     * A change in the history of one article: what happened and when (本条于2023年3月13日修改),
     * and the comparison page with the article's row id as fragment.
     */
    private record ArticleNote(String article, String text, String url) {}

    /** The notes of the articles of {@code version}, in the order of its articles, each article's oldest first. */
    private List<ArticleNote> notes(Document document, Version version) {
        if (!document.hasSeveralVersions()) {
            return List.of();
        }
        List<Version> versions = document.versions();
        List<Step> steps = new ArrayList<>();
        steps.add(null);
        for (int i = 1; i < versions.size(); i++) {
            steps.add(Step.of(document, versions.get(i - 1), versions.get(i), memory));
        }
        int shown = versions.indexOf(version);
        List<ArticleNote> notes = new ArrayList<>();
        for (Article article : version.structure().articles()) {
            if (!article.id().equals(article.label())) {
                continue; // a label met twice: the comparisons know the first only
            }
            String label = article.label();
            List<ArticleNote> before = new ArrayList<>();
            Row row;
            for (int i = shown; i > 0 && (row = steps.get(i).byNewer().get(label)) != null; i--) {
                note(article.label(), steps.get(i), row).ifPresent(n -> before.add(0, n));
                label = row.provision().oldLabel();
            }
            notes.addAll(before);
            label = article.label();
            for (int i = shown + 1;
                    i < versions.size() && (row = steps.get(i).byOlder().get(label)) != null;
                    i++) {
                note(article.label(), steps.get(i), row).ifPresent(notes::add);
                label = row.provision().newLabel();
            }
        }
        return List.copyOf(notes);
    }

    /** An article's row in a comparison, and its id there. */
    private record Row(ComparedProvision provision, String id) {}

    /**
     * The comparison of a version with the one before it: its articles by their label in each of
     * the two versions, the newer one's date and the comparison page.
     */
    private record Step(Map<String, Row> byNewer, Map<String, Row> byOlder, LocalDate date, String url) {
        static Step of(Document document, Version older, Version newer, RenderMemory memory) {
            List<ComparedProvision> rows = ComparisonPages.compared(memory, older, newer);
            List<String> ids = ComparisonAnchors.ids(rows);
            Map<String, Row> byNewer = new HashMap<>();
            Map<String, Row> byOlder = new HashMap<>();
            for (int i = 0; i < rows.size(); i++) {
                ComparedProvision row = rows.get(i);
                if (row.kind() == Provision.Kind.ARTICLE) {
                    Row indexed = new Row(row, ids.get(i));
                    if (!row.newLabel().isEmpty()) {
                        byNewer.putIfAbsent(row.newLabel(), indexed);
                    }
                    if (!row.oldLabel().isEmpty()) {
                        byOlder.putIfAbsent(row.oldLabel(), indexed);
                    }
                }
            }
            return new Step(
                    byNewer,
                    byOlder,
                    newer.dates().primary(),
                    Urls.comparison(document.id(), older.key(), newer.key()));
        }
    }

    private Optional<ArticleNote> note(String article, Step step, Row row) {
        String key = switch (row.provision().change()) {
            case CHANGED -> "article.changed";
            case ADDED -> "article.added";
            case REMOVED -> "article.removed";
            default -> null;
        };
        if (key == null) {
            return Optional.empty();
        }
        String date = step.date() != null ? context.date(step.date()) : context.text("version.undated");
        return Optional.of(
                new ArticleNote(article, context.text(key).replace("{date}", date), step.url() + "#" + row.id()));
    }
}
