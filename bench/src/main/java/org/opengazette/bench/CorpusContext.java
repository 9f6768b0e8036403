package org.opengazette.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.LoadedContent;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.Library;
import org.opengazette.site.Downloads;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Theme;

/** The render context of a content folder with a project's config and theme, as a build makes it. */
final class CorpusContext {
    private CorpusContext() {}

    static RenderContext load(Path project, Path content, LocalDate asOf) {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
        SiteConfig config = new ConfigLoader(project.resolve("site-config"), Path::toString, diagnostics).load();
        LoadedContent loaded = new ContentLoader(content, config, Path::toString, diagnostics).load();
        Library library = new Library(loaded.documents(), loaded.issues(), loaded.pages()).publishable();
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, MarkdownRenderer.Rendered> bodies = new ConcurrentHashMap<>();
        library.documents().parallelStream()
                .flatMap(document -> document.versions().stream())
                .forEach(version -> bodies.put(version.sourcePath(), markdown.render(version.body())));
        Theme theme = Theme.find(project.resolve("themes"), config.theme(), config.language(), diagnostics)
                .orElseThrow();
        return new RenderContext(library, config, theme, asOf, bodies, Downloads.none());
    }
}
