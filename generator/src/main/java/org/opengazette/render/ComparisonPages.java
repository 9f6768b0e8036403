package org.opengazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.diff.ProvisionSplitter;
import org.opengazette.diff.VersionComparison;
import org.opengazette.model.Document;
import org.opengazette.model.Version;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/** Builds the comparison pages of a document: one per pair of versions, older first. */
final class ComparisonPages {
    private final RenderContext context;
    private final RenderMemory memory;

    ComparisonPages(RenderContext context, RenderMemory memory) {
        this.context = context;
        this.memory = memory;
    }

    /** One page per pair (every pair, so that readers can compare any two versions). */
    List<PageSpec> pages(Document document) {
        if (!document.hasSeveralVersions()) {
            return List.of();
        }
        List<Version> versions = document.versions();
        List<ComparisonPage.VersionOption> options = versions.stream()
                .map(v -> new ComparisonPage.VersionOption(v.key(), label(v)))
                .toList();
        List<Link> pairs = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                pairs.add(Link.of(
                        label(versions.get(i)) + " → " + label(versions.get(j)),
                        Urls.comparison(
                                document.id(),
                                versions.get(i).key(),
                                versions.get(j).key())));
            }
        }
        List<PageSpec> pages = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            for (int j = i + 1; j < versions.size(); j++) {
                Version older = versions.get(i);
                Version newer = versions.get(j);
                List<ComparedProvision> rows = compared(memory, older, newer);
                List<ComparisonRow> shown = ComparisonPage.rows(rows);
                long changes = shown.stream().filter(r -> r.change() > 0).count();
                ComparisonPage page = new ComparisonPage(
                        newer.title(),
                        Link.of(label(older), context.urlOf(document, older)),
                        Link.of(label(newer), context.urlOf(document, newer)),
                        shown,
                        count(rows, ComparedProvision.Change.CHANGED),
                        count(rows, ComparedProvision.Change.ADDED),
                        count(rows, ComparedProvision.Change.REMOVED),
                        rows.stream().filter(ComparedProvision::moved).count(),
                        count(rows, ComparedProvision.Change.FORMATTED),
                        changes,
                        shown.stream()
                                .filter(r -> r.change() == 1)
                                .map(ComparisonRow::id)
                                .findFirst()
                                .orElse(""),
                        options,
                        pairs,
                        Urls.document(document.id()));
                String title =
                        context.text("compare.title")
                                        .replace("{older}", label(older))
                                        .replace("{newer}", label(newer)) + " - " + newer.title();
                pages.add(new PageSpec(
                        Urls.comparison(document.id(), older.key(), newer.key()), "comparison.ftlh", title, page));
            }
        }
        return pages;
    }

    /** The comparison of two versions, remembered in {@code memory}. */
    static List<ComparedProvision> compared(RenderMemory memory, Version older, Version newer) {
        return memory.comparison(
                older.body(),
                newer.body(),
                () -> VersionComparison.compare(
                        ProvisionSplitter.split(older.structure()), ProvisionSplitter.split(newer.structure())));
    }

    private String label(Version version) {
        LocalDate date = version.dates().primary();
        return date != null ? context.date(date) : context.text("version.undated");
    }

    private static long count(List<ComparedProvision> rows, ComparedProvision.Change change) {
        return rows.stream().filter(r -> r.change() == change).count();
    }
}
