package org.opengazette.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.LoadedContent;
import org.opengazette.model.Library;
import org.opengazette.output.SiteOutput;
import org.opengazette.pdf.PdfReport;
import org.opengazette.render.Theme;
import org.opengazette.validate.ValidationContext;
import org.opengazette.validate.Validator;

/**
 * Runs the pipeline: load → validate → model → render (bodies, PDFs, search index, pages) → write.
 * {@link #check} stops after the model; {@link #build} renders into a staging folder and moves it
 * into place only when no error (or, with {@code strict}, no warning) was reported. The search
 * index is made once the bodies are rendered, before the pages: running it alongside the pages
 * was measured on the corpus to save no time on two cores while costing more CPU and memory.
 */
public final class Pipeline {
    private final BuildRequest request;
    private final ProgressListener progress;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private final Map<String, Long> figures = new LinkedHashMap<>();
    private final Function<Path, String> display = SourcePosition::display;
    private PdfReport pdfs = PdfReport.none();
    private Map<String, Integer> withheld = Map.of();

    private Pipeline(BuildRequest request, ProgressListener progress) {
        this.request = request;
        this.progress = progress;
    }

    /** Validates the content without writing anything. */
    public static BuildResult check(BuildRequest request, ProgressListener progress) {
        return new Pipeline(request, progress).run(false);
    }

    /** Builds the site into {@code request.output()}. */
    public static BuildResult build(BuildRequest request, ProgressListener progress) {
        return new Pipeline(request, progress).run(true);
    }

    private BuildResult run(boolean write) {
        Messages messages = Messages.forLanguage(ConfigLoader.peekLanguage(request.config()));
        Diagnostics diagnostics = new Diagnostics(messages);
        LocalDate asOf = request.effectiveAsOf();

        SiteConfig config = stage("load", () -> new ConfigLoader(request.config(), display, diagnostics).load());
        if (!Files.isDirectory(request.content())) {
            diagnostics.report(Problem.CONTENT_MISSING, SourcePosition.of(SourcePosition.display(request.content())),
                    SourcePosition.display(request.content()));
            return result(false, diagnostics, null, 0, 0);
        }
        LoadedContent content = stage("load", () -> new ContentLoader(request.content(), config, display, diagnostics).load());
        progress.progress("load", content.documents().size() + " documents");

        Library library = stage("validate", () -> {
            Library all = new Library(content.documents(), content.issues(), content.pages());
            Validator.validate(new ValidationContext(all, content.unread(), config, request.content(), asOf,
                    diagnostics));
            return all;
        });
        Library published = stage("model", library::publishable);
        withheld = library.withheldByDisclosure();
        if (!write || diagnostics.fails(request.strict())) {
            return result(!diagnostics.fails(request.strict()), diagnostics, published, 0, 0);
        }

        Optional<Path> themeFolder = Theme.locate(request.themes(), config.theme());
        if (themeFolder.isEmpty()) {
            diagnostics.report(Problem.THEME_MISSING, SourcePosition.of(SourcePosition.display(request.themes().resolve(config.theme()))),
                    SourcePosition.display(request.themes().resolve(config.theme())));
            return result(false, diagnostics, published, 0, 0);
        }
        try (SiteOutput output = SiteOutput.stage(request.output())) {
            progress.progress("render", published.documents().size() + " documents");
            SiteRendering rendering = new SiteRendering(published, config, Theme.load(themeFolder.get(), config.language()),
                    asOf, request.content(), diagnostics);
            stage("render", rendering::prepare);
            if (request.pdf().enabled()) {
                progress.progress("pdf", published.documents().size() + " documents");
                pdfs = stage("pdf", () -> rendering.renderPdfs(output, request.pdf(), generatorVersion()));
            }
            if (request.search()) {
                stage("search", () -> rendering.search(output));
            }
            int pages = stage("render", () -> rendering.render(output));
            figures.putAll(rendering.figures());
            if (diagnostics.fails(request.strict())) {
                return result(false, diagnostics, published, 0, 0);
            }
            stage("write", () -> {
                rendering.finish(output, generatorVersion());
                output.commit();
                return null;
            });
            return result(true, diagnostics, published, pages, output.files().size());
        }
    }

    private <T> T stage(String name, Supplier<T> work) {
        progress.progress(name, "");
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            stageMillis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    private BuildResult result(boolean success, Diagnostics diagnostics, Library published, int pages, int files) {
        int documents = published == null ? 0 : published.documents().size();
        int versions = published == null ? 0 : published.documents().stream().mapToInt(d -> d.versions().size()).sum();
        return new BuildResult(success, diagnostics.sorted(), diagnostics.messages(), documents, versions, pages, files,
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis)),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures)), request.output(), pdfs, withheld);
    }

    /** The generator's version from the jar manifest, or {@code dev} when run from classes. */
    static String generatorVersion() {
        String version = Pipeline.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }

}
