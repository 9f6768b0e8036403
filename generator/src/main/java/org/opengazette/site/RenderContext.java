package org.opengazette.site;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opengazette.citation.CitationUse;
import org.opengazette.config.SiteConfig;
import org.opengazette.history.SiteHistory;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Library;
import org.opengazette.model.Status;
import org.opengazette.model.Version;

/**
 * What every view builder needs: the publishable library, the config, the theme's strings, the
 * as-of date, the bodies already rendered to HTML (keyed by the version's source path), the
 * PDFs written for download, the git history of the published documents and the references
 * found in the bodies.
 */
public record RenderContext(
        Library library,
        SiteConfig config,
        Theme theme,
        LocalDate asOf,
        RenderedBodies bodies,
        Downloads downloads,
        SiteHistory history,
        List<CitationUse> citations) {

    /** A context without git history and citations. */
    public RenderContext(
            Library library,
            SiteConfig config,
            Theme theme,
            LocalDate asOf,
            Map<String, MarkdownRenderer.Rendered> bodies,
            Downloads downloads) {
        this(library, config, theme, asOf, RenderedBodies.of(bodies), downloads, SiteHistory.NONE, List.of());
    }

    /** The same context with the PDFs that were written. */
    public RenderContext withDownloads(Downloads written) {
        return new RenderContext(library, config, theme, asOf, bodies, written, history, citations);
    }

    public String text(String key) {
        return theme.text(key);
    }

    public String date(LocalDate date) {
        return new DateText(config.language()).format(date);
    }

    public Status status(Version version) {
        return library.statusOn(version, asOf);
    }

    public String statusLabel(Status status) {
        return text("status." + status.key());
    }

    /** The version shown at the document's permanent URL. */
    public Version applying(Document document) {
        return document.versionOn(asOf);
    }

    public String kindLabel(String kind) {
        return config.kind(kind).map(org.opengazette.config.Kind::label).orElse(kind);
    }

    public MarkdownRenderer.Rendered body(Version version) {
        return bodies.of(version.sourcePath());
    }

    /** The plain text of the version's rendered body (its HTML is not read). */
    public String bodyText(Version version) {
        return bodies.textOf(version.sourcePath());
    }

    /** The page of a version (see {@link Urls#versionOf}). */
    public String urlOf(Document document, Version version) {
        return Urls.versionOf(document, version);
    }

    /** An issue as readers name it: 2020年第17期（总第617期）. */
    public String issueLabel(GazetteIssue issue) {
        String label = text("gazette.issue-label")
                .replace("{year}", String.valueOf(issue.year()))
                .replace("{number}", String.valueOf(issue.number()));
        if (issue.total() != null) {
            label += text("gazette.total-label").replace("{total}", String.valueOf(issue.total()));
        }
        return label;
    }

    /** A summary of the document as it applies on the as-of date. */
    public DocumentSummary summary(Document document) {
        Version version = applying(document);
        Status status = status(version);
        return new DocumentSummary(
                document.id(),
                version.title(),
                version.docNumber(),
                kindLabel(version.kind()),
                version.issuers(),
                date(version.dates().primary()),
                status.key(),
                statusLabel(status),
                Urls.document(document.id()));
    }
}
