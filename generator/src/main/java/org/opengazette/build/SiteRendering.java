package org.opengazette.build;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.opengazette.render.PageRenderer;
import org.opengazette.render.PageSpec;
import org.opengazette.render.RenderContext;
import org.opengazette.render.SitePlan;
import org.opengazette.render.SiteView;
import org.opengazette.render.Theme;
import org.opengazette.search.SearchIndexing;

/**
 * The render stage of one build: Markdown bodies (in parallel, once each), the planned pages,
 * the theme's assets, attachments and the open data files; then the search index and its export;
 * then, last, the manifest.
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

    /** Renders everything but the manifest; returns the number of HTML pages. */
    int render(SiteOutput output) {
        context = new RenderContext(library, config, theme, asOf, renderBodies());
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

    /**
     * The search step, after {@link #render}: the Lucene index of every published version and its
     * static export for the browser (see {@link SearchIndexing}). Returns the number of versions indexed.
     */
    int search(SiteOutput output) {
        if (context == null) {
            throw new IllegalStateException("render first");
        }
        return SearchIndexing.write(context, output);
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
