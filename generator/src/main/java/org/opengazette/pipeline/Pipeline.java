package org.opengazette.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.opengazette.citation.CitationUse;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.data.CatalogWriter;
import org.opengazette.data.ChangeFeedWriter;
import org.opengazette.data.DocumentDataWriter;
import org.opengazette.data.FeedWriter;
import org.opengazette.data.ManifestWriter;
import org.opengazette.data.SitemapWriter;
import org.opengazette.data.StatisticsWriter;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.history.BuildVersion;
import org.opengazette.history.GitHistory;
import org.opengazette.history.HistoryMemory;
import org.opengazette.history.SiteHistory;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.LoadedContent;
import org.opengazette.load.ReadMemory;
import org.opengazette.model.Attachment;
import org.opengazette.model.BodyText;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Version;
import org.opengazette.output.OutputLock;
import org.opengazette.output.SiteOutput;
import org.opengazette.output.WriteLedger;
import org.opengazette.output.WriteMemory;
import org.opengazette.pdf.PdfJob;
import org.opengazette.pdf.PdfOutcome;
import org.opengazette.pdf.PdfPlan;
import org.opengazette.pdf.PdfReport;
import org.opengazette.pdf.PdfStage;
import org.opengazette.render.PageRenderer;
import org.opengazette.render.PageSpec;
import org.opengazette.render.RenderMemory;
import org.opengazette.render.SitePlan;
import org.opengazette.render.SiteView;
import org.opengazette.search.SearchIndexing;
import org.opengazette.site.Downloads;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Theme;
import org.opengazette.site.Urls;
import org.opengazette.statistics.AnnualStatistics;
import org.opengazette.statistics.YearTable;
import org.opengazette.validate.ValidationContext;
import org.opengazette.validate.Validator;

/**
 * The build, as one list of stages in the order they run (see {@link #run}):
 * <ol>
 *   <li><b>load</b> the site config and every content file;</li>
 *   <li><b>validate</b> the library;</li>
 *   <li><b>model</b>: keep what may be published;</li>
 *   <li><b>history</b>: the git log of the content filed under the published documents, and the
 *       commit built (when a repository holds the content; the log is remembered by HEAD);</li>
 *   <li><b>bodies</b>: Markdown to HTML, citations linked;</li>
 *   <li><b>pdf</b> of every version and issue (optional), so pages link only PDFs that exist;</li>
 *   <li><b>search</b>: the Lucene index and its browser export (optional);</li>
 *   <li><b>pages</b>: plan and render every HTML page, copy the theme's assets and attachments;</li>
 *   <li><b>data</b>: citations, catalogue, document data, statistics, feeds, sitemap;</li>
 *   <li><b>write</b>: the manifest, then the staged site replaces the previous one.</li>
 * </ol>
 * {@link #check} stops after the model. A failed build never touches the previous site.
 *
 * <p>One {@code Pipeline} can build the same project again and again (a preview does, after
 * every edit): it remembers the git log, the bodies and pages it rendered and renders again only those whose
 * inputs changed, as long as the site config and the theme are unchanged. Every build's output
 * is the same, byte for byte, as a fresh build of the same inputs; files whose bytes did not change
 * are linked from the previous site and keep their modification time.
 */
public final class Pipeline {
    private final BuildRequest request;
    private final ProgressListener progress;
    private final boolean remembers;
    private final Function<Path, String> display = SourcePosition::display;
    private String settings = "";
    private String configSettings = "";
    private ReadMemory reads = new ReadMemory();
    private Executor cleanup = Runnable::run;
    private BodyStage bodies = new BodyStage();
    private RenderMemory pages = new RenderMemory();
    private WriteMemory dataFiles = new WriteMemory();
    private final HistoryMemory histories = new HistoryMemory();

    /** A pipeline for {@code request} that remembers what it rendered between its builds. */
    public Pipeline(BuildRequest request, ProgressListener progress) {
        this(request, progress, true);
    }

    /**
     * A pipeline that {@code remembers} what it rendered for its next build, or one for a single
     * build that keeps in memory only what the build needs (it still uses the build cache).
     */
    private Pipeline(BuildRequest request, ProgressListener progress, boolean remembers) {
        this.request = request;
        this.progress = progress;
        this.remembers = remembers;
    }

    /** Validates the content without writing anything. */
    public static BuildResult check(BuildRequest request, ProgressListener progress) {
        return new Pipeline(request, progress, false).run(false, true, () -> false);
    }

    /** Builds the site into {@code request.output()}, once: nothing is kept for a next build. */
    public static BuildResult build(BuildRequest request, ProgressListener progress) {
        return new Pipeline(request, progress, false).run(true, true, () -> false);
    }

    /** Builds the site again, rendering only what changed since this pipeline's last build. */
    public BuildResult build() {
        return run(true, true, () -> false);
    }

    /**
     * Like {@link #build()}, but gives up before the next stage once {@code cancelled} is true,
     * throwing {@link BuildCancelled} and leaving the previous site as it was.
     */
    public BuildResult build(BooleanSupplier cancelled) {
        return run(true, true, cancelled);
    }

    /**
     * A preview's quick rebuild: like {@link #build()}, but the search index of the previous site
     * is carried over instead of being made again (a {@link #build()} after it brings search up to date).
     */
    public BuildResult buildKeepingSearch() {
        return run(true, false, () -> false);
    }

    /**
     * Lets {@code executor} delete each replaced site (by default the build does it before it
     * returns); a preview deletes them on another thread so that its pages reload sooner.
     */
    public void deletePreviousSitesWith(Executor executor) {
        cleanup = executor;
    }

    /** The request this pipeline builds. */
    public BuildRequest request() {
        return request;
    }

    /**
     * Runs the build; a pipeline that does not remember keeps the Markdown of every body in a
     * temporary file for the length of the build instead of in memory.
     */
    private BuildResult run(boolean write, boolean reindex, BooleanSupplier cancelled) {
        if (remembers) {
            return run(write, reindex, cancelled, BodyText::of);
        }
        try (TextSpill markdown = TextSpill.create("markdown")) {
            return run(write, reindex, cancelled, markdown::keep);
        }
    }

    private BuildResult run(
            boolean write, boolean reindex, BooleanSupplier cancelled, Function<String, BodyText> keepBody) {
        StageClock clock = new StageClock(progress, cancelled);
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage(ConfigLoader.peekLanguage(request.config())));
        Outcome outcome = new Outcome(request, clock, diagnostics);
        LocalDate asOf = request.effectiveAsOf();

        // 1. load
        SiteConfig config = clock.time("load", () -> new ConfigLoader(request.config(), display, diagnostics).load());
        if (!Files.isDirectory(request.content())) {
            String folder = SourcePosition.display(request.content());
            diagnostics.report(Problem.CONTENT_MISSING, SourcePosition.of(folder), folder);
            return outcome.failed(null);
        }
        String configPrint = InputFingerprint.of(request.config());
        forgetReadsUnless(configPrint);
        LoadedContent content = clock.time(
                "load",
                () -> new ContentLoader(
                                request.content(), config, display, diagnostics, remembers ? reads : null, keepBody)
                        .load());
        clock.progress("load", content.documents().size() + " documents");
        // 2. validate
        Library library = clock.time("validate", () -> validate(content, config, asOf, diagnostics));
        // 3. model
        Library published = clock.time("model", library::publishable);
        outcome.withheld(library.withheldByDisclosure());
        if (!write || diagnostics.fails(request.strict())) {
            return outcome.checked(published);
        }
        Optional<Theme> found = Theme.find(request.themes(), config.theme(), config.language(), diagnostics);
        if (found.isEmpty()) {
            String folder = SourcePosition.display(request.themes().resolve(config.theme()));
            diagnostics.report(Problem.THEME_MISSING, config.themeAt(), config.theme(), folder);
        }
        if (found.isEmpty() || diagnostics.fails(request.strict())) {
            return outcome.failed(published);
        }
        Theme theme = found.get();
        String themePrint = InputFingerprint.of(theme);
        forgetUnless(configPrint + themePrint + asOf, configPrint);
        // 4. history
        SiteHistory history = request.history()
                ? clock.time(
                        "history",
                        () -> GitHistory.read(request.content(), request.config(), published, histories, diagnostics))
                : SiteHistory.NONE;

        OutputLock lock;
        try {
            lock = OutputLock.acquire(request.output());
        } catch (OutputLock.OutputBusy busy) {
            String folder = SourcePosition.display(busy.target());
            diagnostics.report(Problem.OUTPUT_BUSY, SourcePosition.of(folder), folder, busy.holder());
            return outcome.failed(published);
        }
        try (lock;
                SiteOutput output = SiteOutput.stage(
                        lock,
                        ManifestWriter.read(request.output()),
                        request.symlink(),
                        request.cache() == null
                                ? WriteLedger.none()
                                : WriteLedger.open(
                                        request.output(), InputFingerprint.ofGenerator() + configPrint + themePrint))) {
            // 5. bodies
            clock.progress("bodies", published.documents().size() + " documents");
            BodyStage.Rendered rendered = clock.time("bodies", () -> bodies.render(published));
            try (rendered) { // the rest of the build reads bodies; they are deleted when it is done
                RenderContext context = new RenderContext(
                        published,
                        config,
                        theme,
                        asOf,
                        rendered.bodies(),
                        Downloads.none(),
                        history,
                        rendered.citations());
                outcome.figure("bodies rendered", bodies.rendered());
                // 6. pdf
                if (request.pdf().enabled()) {
                    clock.progress("pdf", published.documents().size() + " documents");
                    RenderContext plain = context;
                    context = clock.time("pdf", () -> pdfs(plain, output, diagnostics, outcome));
                }
                RenderContext site = context;
                // 7. search
                if (request.search() && reindex) {
                    clock.run("search", () -> SearchIndexing.write(site, output));
                } else if (request.search()) {
                    output.keepPrevious(SearchIndexing.LUCENE_FOLDER);
                    output.keepPrevious(SearchIndexing.EXPORT_FOLDER);
                }
                // 8. pages
                List<YearTable> statistics = AnnualStatistics.compute(published, config, asOf);
                List<SitemapWriter.Entry> sitemap =
                        clock.time("pages", () -> pages(site, statistics, output, diagnostics, outcome));
                // 9. data
                clock.run(
                        "data",
                        () -> data(site, statistics, sitemap, rendered.citations(), output, diagnostics, outcome));
                if (diagnostics.fails(request.strict())) {
                    return outcome.failed(published);
                }
            }
            // 10. write
            clock.run("write", () -> {
                ManifestWriter.write(output, asOf.toString(), generatorVersion(), history.version());
                output.commit(cleanup);
            });
            outcome.figure("files unchanged", output.unchanged());
            return outcome.built(published, output.files().size());
        }
    }

    private Library validate(LoadedContent content, SiteConfig config, LocalDate asOf, Diagnostics diagnostics) {
        Library all = new Library(content.documents(), content.issues(), content.pages());
        Validator.validate(new ValidationContext(all, content.unread(), config, request.content(), asOf, diagnostics));
        return all;
    }

    /** Writes the PDF of every version and issue (from the cache when unchanged); returns the context that links them. */
    private RenderContext pdfs(RenderContext context, SiteOutput output, Diagnostics diagnostics, Outcome outcome) {
        long start = System.nanoTime();
        PdfPlan.Planned plan = new PdfPlan(
                        context,
                        generatorVersion(),
                        path -> SourcePosition.display(request.content().resolve(path)),
                        request.pdf(),
                        diagnostics)
                .plan();
        List<PdfOutcome> outcomes = new PdfStage(request.pdf(), diagnostics).run(plan.jobs(), output);
        Map<String, String> versions = new HashMap<>();
        Map<String, String> issues = new HashMap<>();
        Map<String, List<Integer>> issueStarts = new HashMap<>();
        for (PdfOutcome pdf : outcomes) {
            if (pdf.status() != PdfOutcome.Status.FAILED) {
                (pdf.job().kind() == PdfJob.Kind.ISSUE ? issues : versions)
                        .put(pdf.job().owner(), pdf.job().path());
                if (pdf.job().kind() == PdfJob.Kind.ISSUE) {
                    issueStarts.put(pdf.job().owner(), pdf.starts());
                }
            }
        }
        outcome.pdfs(new PdfReport(outcomes, plan.failed(), (System.nanoTime() - start) / 1_000_000));
        return context.withDownloads(new Downloads(Map.copyOf(versions), Map.copyOf(issues), Map.copyOf(issueStarts)));
    }

    /**
     * Plans and renders every page, each document's as it is planned, then copies the theme's
     * assets and the attachments; returns the pages a sitemap lists, in the site's order.
     */
    private List<SitemapWriter.Entry> pages(
            RenderContext context,
            List<YearTable> statistics,
            SiteOutput output,
            Diagnostics diagnostics,
            Outcome outcome) {
        SiteConfig config = context.config();
        SitePlan plan = new SitePlan(context, statistics, pages);
        BuildVersion build = context.history().version();
        SiteView view = pages.view(new SiteView(
                config.title(),
                config.baseUrl(),
                config.language(),
                plan.navigation(),
                config.gazette().name(),
                config.gazette().notice(),
                context.date(context.asOf()),
                context.asOf().toString(),
                build == null ? null : build.label(),
                build == null ? null : build.commit(),
                context.history().available(),
                config.portal()));
        PageRenderer renderer = new PageRenderer(context.theme(), view, config.baseUrl(), diagnostics, pages);
        List<PageSpec> sitePages = plan.sitePages();
        int written = renderer.renderAll(sitePages, output);
        List<Document> documents = context.library().documents();
        List<List<SitemapWriter.Entry>> listed = new ArrayList<>(Collections.nCopies(documents.size(), null));
        AtomicInteger documentPages = new AtomicInteger();
        IntStream.range(0, documents.size()).parallel().forEach(i -> {
            List<PageSpec> planned = plan.documentPages(documents.get(i));
            planned.forEach(page -> {
                if (renderer.render(page, output)) {
                    documentPages.incrementAndGet();
                }
            });
            listed.set(i, sitemapEntries(planned));
        });
        outcome.pages(written + documentPages.get());
        pages.endRender();
        Theme theme = context.theme();
        theme.staticFiles().forEach((name, file) -> output.copy("assets/" + name, file));
        // browsers ask for /favicon.ico whatever the page says
        Path favicon = theme.staticFiles().get("favicon.ico");
        if (favicon != null) {
            output.copy("favicon.ico", favicon);
        }
        copyAttachments(context.library(), output);
        // the home page, then the documents' pages, then the rest, as the site plans them
        List<SitemapWriter.Entry> sitemap = new ArrayList<>(sitemapEntries(sitePages.subList(0, 1)));
        listed.forEach(sitemap::addAll);
        sitemap.addAll(sitemapEntries(sitePages.subList(1, sitePages.size())));
        return sitemap;
    }

    private static List<SitemapWriter.Entry> sitemapEntries(List<PageSpec> pages) {
        return pages.stream()
                .filter(PageSpec::listed)
                .map(page -> new SitemapWriter.Entry(page.path(), page.lastModified()))
                .toList();
    }

    /** The open data files: citations, catalogue, per-document data, statistics, feeds, sitemap. */
    private void data(
            RenderContext context,
            List<YearTable> statistics,
            List<SitemapWriter.Entry> sitemap,
            List<CitationUse> citations,
            SiteOutput output,
            Diagnostics diagnostics,
            Outcome outcome) {
        List<CitationUse> sorted = CitationReport.write(citations, context, output, dataFiles, diagnostics);
        outcome.figure("citations", sorted.size());
        outcome.figure(
                "citations resolved",
                sorted.stream().filter(CitationUse::resolved).count());
        CatalogWriter.write(context, output, dataFiles);
        DocumentDataWriter.writeAll(context, output, dataFiles);
        StatisticsWriter.write(statistics, output);
        FeedWriter.write(context, output);
        if (context.history().available()) {
            ChangeFeedWriter.write(context, output);
        }
        SitemapWriter.write(sitemap, context.config().baseUrl(), output);
        dataFiles.endBuild();
    }

    private void copyAttachments(Library library, SiteOutput output) {
        for (Document document : library.documents()) {
            Set<String> copied = new HashSet<>();
            for (Version version : document.versions()) {
                for (Attachment attachment : version.attachments()) {
                    String target = Urls.attachment(document.id(), attachment.fileName());
                    if (copied.add(target)) {
                        output.copy(target, request.content().resolve(attachment.path()));
                    }
                }
            }
        }
    }

    /** Forgets every file read when the site config changed (how files are read depends on it). */
    private void forgetReadsUnless(String currentConfig) {
        if (!currentConfig.equals(configSettings)) {
            reads = new ReadMemory();
            configSettings = currentConfig;
        }
    }

    /**
     * Forgets every rendered body and page when the settings (config, theme, as-of date) changed;
     * with a build cache, starts again from the bodies it holds for this generator and config.
     */
    private void forgetUnless(String currentSettings, String configPrint) {
        if (!currentSettings.equals(settings)) {
            bodies = new BodyStage(
                    request.cache() == null
                            ? null
                            : BodyCache.in(
                                    request.cache().resolve("bodies"), InputFingerprint.ofGenerator() + configPrint),
                    remembers);
            pages = new RenderMemory(
                    request.cache() == null ? null : request.cache().resolve("comparisons"),
                    InputFingerprint.ofGenerator(),
                    remembers);
            dataFiles = remembers ? new WriteMemory() : WriteMemory.none();
            settings = currentSettings;
        }
    }

    /** The generator's version from the jar manifest, or {@code dev} when run from classes. */
    static String generatorVersion() {
        String version = Pipeline.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }

    /** What one run found and made, turned into its {@link BuildResult}. */
    private static final class Outcome {
        private final BuildRequest request;
        private final StageClock clock;
        private final Diagnostics diagnostics;
        private final Map<String, Long> figures = new LinkedHashMap<>();
        private PdfReport pdfs = PdfReport.none();
        private Map<String, Integer> withheld = Map.of();
        private int pages;

        Outcome(BuildRequest request, StageClock clock, Diagnostics diagnostics) {
            this.request = request;
            this.clock = clock;
            this.diagnostics = diagnostics;
        }

        void figure(String name, long value) {
            figures.put(name, value);
        }

        void withheld(Map<String, Integer> byDisclosure) {
            withheld = byDisclosure;
        }

        void pdfs(PdfReport report) {
            pdfs = report;
        }

        void pages(int written) {
            pages = written;
        }

        BuildResult checked(Library published) {
            return result(!diagnostics.fails(request.strict()), published, 0, 0);
        }

        BuildResult failed(Library published) {
            return result(false, published, 0, 0);
        }

        BuildResult built(Library published, int files) {
            return result(true, published, pages, files);
        }

        private BuildResult result(boolean success, Library published, int pageCount, int files) {
            int documents = published == null ? 0 : published.documents().size();
            int versions = published == null
                    ? 0
                    : published.documents().stream()
                            .mapToInt(d -> d.versions().size())
                            .sum();
            return new BuildResult(
                    success,
                    diagnostics.sorted(),
                    diagnostics.messages(),
                    documents,
                    versions,
                    pageCount,
                    files,
                    clock.millis(),
                    Collections.unmodifiableMap(new LinkedHashMap<>(figures)),
                    request.output(),
                    pdfs,
                    withheld);
        }
    }
}
