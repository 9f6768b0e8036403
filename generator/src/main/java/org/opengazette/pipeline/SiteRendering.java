package org.opengazette.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.opengazette.config.SiteConfig;
import org.opengazette.data.CatalogWriter;
import org.opengazette.data.DocumentDataWriter;
import org.opengazette.data.ManifestWriter;
import org.opengazette.data.SitemapWriter;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.Attachment;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Version;
import org.opengazette.output.SiteOutput;
import org.opengazette.pdf.PdfJob;
import org.opengazette.pdf.PdfOptions;
import org.opengazette.pdf.PdfOutcome;
import org.opengazette.pdf.PdfPlan;
import org.opengazette.pdf.PdfReport;
import org.opengazette.pdf.PdfStage;
import org.opengazette.render.Downloads;
import org.opengazette.render.PageRenderer;
import org.opengazette.render.PageSpec;
import org.opengazette.render.RenderContext;
import org.opengazette.render.SitePlan;
import org.opengazette.render.SiteView;
import org.opengazette.render.Theme;
import org.opengazette.render.Urls;
import org.opengazette.citation.CitationLinker;
import org.opengazette.citation.CitationResolver;
import org.opengazette.citation.CitationUse;
import org.opengazette.data.CitationsWriter;
import org.opengazette.data.FeedWriter;
import org.opengazette.data.StatisticsWriter;
import org.opengazette.statistics.AnnualStatistics;
import org.opengazette.statistics.YearTable;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Status;
import java.util.Comparator;
import org.opengazette.search.SearchIndexing;

/**
 * The render stage of one build, in steps: {@link #prepare()} the Markdown bodies (in parallel,
 * once each); {@link #renderPdfs} (optional), so that pages link only the PDFs that were written;
 * {@link #search} (optional), the search index with its export; {@link #render} the planned pages,
 * the theme's assets, attachments and the open data files; then, last, {@link #finish} the manifest.
 */
final class SiteRendering {
    private final Library library;
    private final SiteConfig config;
    private final Theme theme;
    private final LocalDate asOf;
    private final Path contentDirectory;
    private final Diagnostics diagnostics;
    private RenderContext context;

    SiteRendering(Library library, SiteConfig config, Theme theme, LocalDate asOf, Path contentDirectory,
                  Diagnostics diagnostics) {
        this.library = library;
        this.config = config;
        this.theme = theme;
        this.asOf = asOf;
        this.contentDirectory = contentDirectory;
        this.diagnostics = diagnostics;
    }

    /** Figures for the build summary, e.g. citations found and resolved, in insertion order. */
    private final Map<String, Long> figures = new java.util.LinkedHashMap<>();
    /** The references found in document bodies while they were rendered. */
    private final List<CitationUse> citations = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** Renders every body to HTML, linking citations; the pages and PDFs are built from these. */
    RenderContext prepare() {
        context = new RenderContext(library, config, theme, asOf, renderBodies(citations), Downloads.none());
        return context;
    }

    /** Writes the PDF of every version and issue (from the cache when unchanged); pages will link them. */
    PdfReport renderPdfs(SiteOutput output, PdfOptions options, String generatorVersion) {
        long start = System.nanoTime();
        PdfPlan.Planned plan = new PdfPlan(context, generatorVersion,
                path -> SourcePosition.display(contentDirectory.resolve(path)), options, diagnostics).plan();
        List<PdfOutcome> outcomes = new PdfStage(options, diagnostics).run(plan.jobs(), output);
        Map<String, String> versions = new HashMap<>();
        Map<String, String> issues = new HashMap<>();
        for (PdfOutcome outcome : outcomes) {
            if (outcome.status() != PdfOutcome.Status.FAILED) {
                (outcome.job().kind() == PdfJob.Kind.ISSUE ? issues : versions)
                        .put(outcome.job().owner(), outcome.job().path());
            }
        }
        context = context.withDownloads(new Downloads(Map.copyOf(versions), Map.copyOf(issues)));
        return new PdfReport(outcomes, plan.failed(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Renders everything but the manifest; returns the number of HTML pages. */
    int render(SiteOutput output) {
        reportCitations(citations, context, output);
        List<YearTable> statistics = AnnualStatistics.compute(library, config, asOf);
        SitePlan plan = new SitePlan(context, statistics);
        List<PageSpec> pages = plan.allPages();
        SiteView site = new SiteView(config.title(), config.language(), plan.navigation(), config.gazette().name(),
                config.gazette().notice(), context.date(asOf), asOf.toString());
        int written = new PageRenderer(theme, site, config.baseUrl(), diagnostics).renderAll(pages, output);
        theme.staticFiles().forEach(file -> output.copy("assets/" + file.toString().replace('\\', '/'),
                theme.staticFile(file)));
        copyAttachments(output);
        CatalogWriter.write(context, output);
        DocumentDataWriter.writeAll(context, output);
        StatisticsWriter.write(statistics, output);
        FeedWriter.write(context, output);
        SitemapWriter.write(pages, config.baseUrl(), output);
        return written;
    }

    /**
     * The search step, any time after {@link #prepare}:
     * the Lucene index of every published version and its static export for the browser (see
     * {@link SearchIndexing}). Returns the number of versions indexed.
     */
    int search(SiteOutput output) {
        if (context == null) {
            throw new IllegalStateException("prepare first");
        }
        return SearchIndexing.write(context, output);
    }

    /** Writes the manifest of everything written so far. */
    void finish(SiteOutput output, String generatorVersion) {
        ManifestWriter.write(output, asOf.toString(), generatorVersion);
    }

    Map<String, Long> figures() {
        return figures;
    }

    /**
     * Renders every body once (in parallel), linking the citations in document bodies; links
     * start with {@link Urls#ROOT}, which each page replaces with its way back to the root.
     */
    private Map<String, MarkdownRenderer.Rendered> renderBodies(List<CitationUse> citations) {
        MarkdownRenderer markdown = new MarkdownRenderer();
        CitationLinker linker = new CitationLinker(new CitationResolver(library),
                (document, version) -> Urls.ROOT + Urls.versionOf(document, version));
        Map<String, MarkdownRenderer.Rendered> bodies = new ConcurrentHashMap<>();
        library.documents().parallelStream().flatMap(d -> d.versions().stream()).forEach(version -> {
            bodies.put(version.sourcePath(), markdown.render(version.body(),
                    body -> citations.addAll(linker.link(body, version))));
        });
        library.pages().parallelStream().forEach(page -> bodies.put(page.sourcePath(), markdown.render(page.body())));
        return bodies;
    }

    /**
     * Writes the citation report, warns when a document in force cites one that is repealed or
     * expired, and counts citations for the summary.
     */
    private void reportCitations(List<CitationUse> citations, RenderContext context, SiteOutput output) {
        List<CitationUse> sorted = citations.stream()
                .sorted(Comparator.comparing((CitationUse u) -> u.citing().sourcePath()).thenComparingInt(CitationUse::line)
                        .thenComparing(CitationUse::text))
                .toList();
        CitationsWriter.write(sorted, output);
        long resolved = sorted.stream().filter(CitationUse::resolved).count();
        figures.put("citations", (long) sorted.size());
        figures.put("citations resolved", resolved);
        for (CitationUse use : sorted) {
            if (!use.resolved() || context.status(use.citing()) != Status.IN_FORCE || related(use, context)) {
                continue;
            }
            Status target = context.status(context.applying(use.target()));
            if (target == Status.REPEALED || target == Status.EXPIRED) {
                diagnostics.report(Problem.CITES_INVALID, use.citing().positionOf("").at(Math.max(1, use.line()), 1),
                        use.text(), context.statusLabel(target), asOf.toString());
            }
        }
    }

    /** True when the citing document amends, repeals, replaces or interprets the cited one: then citing it is expected. */
    private static boolean related(CitationUse use, RenderContext context) {
        return context.library().relationsTo(use.target()).stream()
                .anyMatch(relation -> relation.source().documentId().equals(use.citing().documentId()));
    }

    private void copyAttachments(SiteOutput output) {
        for (Document document : library.documents()) {
            Set<String> copied = new HashSet<>();
            for (Version version : document.versions()) {
                for (Attachment attachment : version.attachments()) {
                    String target = Urls.attachment(document.id(), attachment.fileName());
                    if (copied.add(target)) {
                        output.copy(target, contentDirectory.resolve(attachment.path()));
                    }
                }
            }
        }
    }
}
