package org.opengazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opengazette.config.CustomField;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Relation;
import org.opengazette.model.Status;
import org.opengazette.model.Validity;
import org.opengazette.model.Version;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/** Builds the model of a document page: metadata block, banner, versions, relations. */
final class DocumentPages {
    private final RenderContext context;
    /** The browse pages that exist: documents are filed by the version that applies on the as-of date. */
    private final FacetIndex facets;

    private final HistoryViews history;
    private final ArticleHistory articles;
    private final CitedBy citedBy;

    DocumentPages(RenderContext context, FacetIndex facets, HistoryViews history, ArticleHistory articles) {
        this.context = context;
        this.facets = facets;
        this.history = history;
        this.articles = articles;
        this.citedBy = new CitedBy(context);
    }

    /** The model of the page at {@code path} showing {@code version}. */
    DocumentPage page(Document document, Version version, String path) {
        Status status = context.status(version);
        String root = Urls.rootFrom(path);
        String body = citedBy.markArticles(
                version,
                articles.mark(document, version, context.body(version).html().replace(Urls.ROOT, root), root),
                root);
        return new DocumentPage(
                document.id(),
                version.title(),
                version.docNumber(),
                status.key(),
                context.statusLabel(status),
                banner(document, version, status),
                metadata(version, status),
                body,
                Contents.of(version.structure()),
                context.config().baseUrl() + Urls.pretty(context.urlOf(document, version)),
                attachments(document, version),
                versions(document, version),
                relations(document),
                citedBy.documents(document),
                Urls.documentData(document.id()),
                context.downloads().pdf(version),
                history.revisions(document),
                QrCodeSvg.of(context.config().baseUrl() + Urls.pretty(path)));
    }

    private List<MetadataRow> metadata(Version version, Status status) {
        List<MetadataRow> rows = new ArrayList<>();
        add(rows, "index_no", version.indexNo());
        if (!version.issuers().isEmpty()) {
            rows.add(new MetadataRow(
                    "issuer",
                    context.text("meta.issuer"),
                    version.issuers().stream()
                            .map(name -> facetLink(
                                    name,
                                    "issuer",
                                    context.config().authorityOrAdHoc(name).slug()))
                            .toList()));
        }
        add(rows, "doc_number", version.docNumber());
        rows.add(new MetadataRow(
                "kind",
                context.text("meta.kind"),
                List.of(facetLink(context.kindLabel(version.kind()), "kind", version.kind()))));
        add(rows, "signed", context.date(version.dates().signed()));
        add(rows, "published", context.date(version.dates().published()));
        add(rows, "effective", context.date(version.dates().effectiveOrPublished()));
        add(rows, "expires", context.date(version.dates().expires()));
        Link statusLink = facetLink(context.statusLabel(status), "status", status.key());
        rows.add(new MetadataRow(
                "status",
                context.text("meta.status"),
                List.of(new Link(statusLink.label(), statusLink.url(), editorNote(version)))));
        if (!version.topics().isEmpty()) {
            rows.add(new MetadataRow(
                    "topics",
                    context.text("meta.topics"),
                    version.topics().stream()
                            .map(topic -> context.config()
                                    .topic(topic)
                                    .map(t -> facetLink(topic, "topic", t.slug()))
                                    .orElse(Link.of(topic, null)))
                            .toList()));
        }
        if (version.gazette() != null) {
            context.library()
                    .issue(version.gazette().issueId())
                    .ifPresent(issue -> rows.add(new MetadataRow(
                            "gazette",
                            context.text("meta.gazette"),
                            List.of(Link.of(issueLabel(issue), Urls.gazetteIssue(issue.year(), issue.number()))))));
        }
        for (CustomField field : context.config().fields()) {
            Object value = version.fields().get(field.key());
            if (value != null) {
                List<Link> values = value instanceof Collection<?> items
                        ? items.stream()
                                .map(item -> Link.of(String.valueOf(item), null))
                                .toList()
                        : List.of(Link.of(String.valueOf(value), null));
                rows.add(new MetadataRow(field.key(), field.label(), values));
            }
        }
        return rows;
    }

    /**
     * A metadata value linked to its browse page when that page exists; an older version's value
     * (e.g. 已修改) may have none, since documents are filed by the version that applies.
     */
    private Link facetLink(String label, String facet, String slug) {
        String url = Urls.facetValue(facet, slug, 1);
        return Link.of(label, facets.hasPage(url) ? url : null);
    }

    private void add(List<MetadataRow> rows, String key, String value) {
        if (value != null) {
            rows.add(new MetadataRow(key, context.text("meta." + key), List.of(Link.of(value, null))));
        }
    }

    /** 2020年第17期（总第617期）. */
    String issueLabel(GazetteIssue issue) {
        return context.issueLabel(issue);
    }

    /**
     * "（时效性由编辑标注：…）" when the status shown is the editor's explicit one and the dates
     * alone give another; else null.
     */
    private String editorNote(Version version) {
        if (!context.library().statusSetByEditor(version, context.asOf())) {
            return null;
        }
        return version.statusNote() == null
                ? context.text("status.by-editor")
                : context.text("status.by-editor-note").replace("{note}", version.statusNote());
    }

    private Banner banner(Document document, Version version, Status status) {
        Version applying = context.applying(document);
        Link toApplying = Link.of(context.text("banner.see-current"), Urls.document(document.id()));
        String byEditor = editorNote(version);
        if (byEditor != null) {
            // the dates do not explain the status (失效 without an end date …): say whose word it is
            return status == Status.IN_FORCE
                    ? null
                    : new Banner(
                            status.key(),
                            context.text("banner.by-editor")
                                    .replace("{status}", context.statusLabel(status))
                                    .replace("{by}", byEditor),
                            version == applying ? null : toApplying);
        }
        switch (status) {
            case AMENDED:
                return new Banner(status.key(), context.text("banner.amended"), toApplying);
            case REPEALED:
                return repealBanner(document, version);
            case EXPIRED:
                return new Banner(
                        status.key(),
                        context.text("banner.expired")
                                .replace(
                                        "{date}",
                                        String.valueOf(
                                                context.date(version.dates().expires()))),
                        null);
            case NOT_YET_EFFECTIVE:
                LocalDate from = version.dates().effectiveOrPublished();
                return new Banner(
                        status.key(),
                        context.text("banner.not-yet-effective").replace("{date}", String.valueOf(context.date(from))),
                        version == applying ? null : toApplying);
            default:
                return null;
        }
    }

    private Banner repealBanner(Document document, Version version) {
        var repeal = context.library().repealOn(document, context.asOf());
        if (repeal.isPresent()) {
            Version by = repeal.get().source();
            Document byDocument = context.library().document(by.documentId()).orElseThrow();
            String text = context.text("banner.repealed-by")
                    .replace("{title}", by.title())
                    .replace("{date}", String.valueOf(context.date(by.dates().effectiveOrPublished())));
            return new Banner("repealed", text, Link.of(by.title(), context.urlOf(byDocument, by)));
        }
        var external = context.library()
                .externalRepealOn(document.versions(), context.asOf())
                .orElse(null);
        String text = context.text("banner.repealed")
                .replace("{date}", external == null ? "" : String.valueOf(context.date(external.date())))
                .replace("{by}", external == null || external.by() == null ? "" : external.by());
        return new Banner("repealed", text, null);
    }

    private List<Link> attachments(Document document, Version version) {
        return version.attachments().stream()
                .map(a -> Link.of(
                        a.title() != null ? a.title() : a.fileName(), Urls.attachment(document.id(), a.fileName())))
                .toList();
    }

    private List<VersionEntry> versions(Document document, Version shown) {
        if (!document.hasSeveralVersions()) {
            return List.of();
        }
        Version applying = context.applying(document);
        List<VersionEntry> entries = new ArrayList<>();
        Version previous = null;
        for (Version version : document.versions()) {
            Status status = context.status(version);
            LocalDate date = version.dates().primary();
            String label = date != null ? context.date(date) : context.text("version.undated");
            String compare = previous == null ? null : Urls.comparison(document.id(), previous.key(), version.key());
            entries.add(new VersionEntry(
                    label,
                    context.urlOf(document, version),
                    status.key(),
                    context.statusLabel(status),
                    version == applying,
                    version == shown,
                    validityText(context.library().validityOf(version)),
                    compare));
            previous = version;
        }
        return entries;
    }

    private String validityText(Validity validity) {
        if (validity.from() == null && validity.until() == null) {
            return null;
        }
        String from = validity.from() == null ? "…" : context.date(validity.from());
        String until = validity.until() == null ? context.text("validity.open") : context.date(validity.until());
        return context.text("validity.range").replace("{from}", from).replace("{until}", until);
    }

    private List<Link> relations(Document document) {
        List<Link> links = new ArrayList<>();
        for (Relation relation : context.library().relationsFrom(document)) {
            Version target = context.applying(relation.target());
            links.add(new Link(
                    target.title(),
                    Urls.document(relation.target().id()),
                    context.text("relation." + relation.type().key())));
        }
        for (Relation relation : context.library().relationsTo(document)) {
            Version source = relation.source();
            Document sourceDocument =
                    context.library().document(source.documentId()).orElseThrow();
            links.add(new Link(
                    source.title(),
                    context.urlOf(sourceDocument, source),
                    context.text("relation." + relation.type().key() + ".inverse")));
        }
        return links;
    }
}
