package org.opengazette.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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

/**
 * The render stage of one build, in three steps: {@link #prepare()} the Markdown bodies (in
 * parallel, once each); {@link #renderPdfs} (optional), so that pages link only the PDFs that
 * were written; {@link #render} the planned pages, the theme's assets, attachments and the open
 * data files; then, last, {@link #finish} the manifest.
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

    /** Renders every body to HTML; the pages and PDFs are built from these. */
    RenderContext prepare() {
        context = new RenderContext(library, config, theme, asOf, renderBodies(), Downloads.none());
        return context;
    }

    /** Writes the PDF of every version and issue (from the cache when unchanged); pages will link them. */
    PdfReport renderPdfs(SiteOutput output, PdfOptions options, String generatorVersion) {
        long start = System.nanoTime();
        PdfPlan.Planned plan = new PdfPlan(context, generatorVersion,
                path -> GazetteBuild.display(contentDirectory.resolve(path)), options, diagnostics).plan();
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
        SitePlan plan = new SitePlan(context);
        List<PageSpec> pages = plan.allPages();
        SiteView site = new SiteView(config.title(), config.language(), plan.navigation(), config.gazette().name(),
                config.gazette().notice(), context.date(asOf), asOf.toString());
        int written = new PageRenderer(theme, site, config.baseUrl(), diagnostics).renderAll(pages, output);
        theme.staticFiles().forEach(file -> output.copy("assets/" + file.toString().replace('\\', '/'),
                theme.staticFile(file)));
        copyAttachments(output);
        CatalogWriter.write(context, output);
        DocumentDataWriter.writeAll(context, output);
        SitemapWriter.write(pages, config.baseUrl(), output);
        return written;
    }

    /** Writes the manifest of everything written so far. */
    void finish(SiteOutput output, String generatorVersion) {
        ManifestWriter.write(output, asOf.toString(), generatorVersion);
    }

    private Map<String, MarkdownRenderer.Rendered> renderBodies() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, MarkdownRenderer.Rendered> bodies = new ConcurrentHashMap<>();
        Stream.concat(
                library.documents().stream().flatMap(d -> d.versions().stream())
                        .map(v -> Map.entry(v.sourcePath(), v.body())),
                library.pages().stream().map(p -> Map.entry(p.sourcePath(), p.body())))
                .parallel()
                .forEach(entry -> bodies.put(entry.getKey(), markdown.render(entry.getValue())));
        return bodies;
    }

    private void copyAttachments(SiteOutput output) {
        for (Document document : library.documents()) {
            Set<String> copied = new HashSet<>();
            for (Version version : document.versions()) {
                for (Attachment attachment : version.attachments()) {
                    String target = org.opengazette.render.Urls.attachment(document.id(), attachment.fileName());
                    if (copied.add(target)) {
                        output.copy(target, contentDirectory.resolve(attachment.path()));
                    }
                }
            }
        }
    }
}
