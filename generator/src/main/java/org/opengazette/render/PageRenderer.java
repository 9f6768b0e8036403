package org.opengazette.render;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.output.SiteOutput;
import org.opengazette.site.Theme;
import org.opengazette.site.Urls;

/**
 * Renders {@link PageSpec}s with the theme's templates, in parallel, into the site output.
 * Every template sees {@code site} ({@link SiteView}), {@code t} (UI strings), {@code root}
 * (the relative way back to the site root), {@code path}, {@code canonical} (the public URL),
 * {@code title} and {@code page} (the page's own model). A template error becomes a diagnostic
 * naming the template, line and column.
 */
public final class PageRenderer {
    private final Theme theme;
    private final SiteView site;
    private final String baseUrl;
    private final Diagnostics diagnostics;
    private final RenderMemory memory;

    /** @param memory pages remembered from the last render of the same theme: equal models are not rendered again */
    public PageRenderer(Theme theme, SiteView site, String baseUrl, Diagnostics diagnostics, RenderMemory memory) {
        this.theme = theme;
        this.site = site;
        this.baseUrl = baseUrl;
        this.diagnostics = diagnostics;
        this.memory = memory;
    }

    /** Renders all pages, in parallel; returns how many were written. */
    public int renderAll(List<PageSpec> pages, SiteOutput output) {
        return (int) pages.parallelStream().filter(page -> render(page, output)).count();
    }

    /** Renders one page on this thread; returns whether it was written (false: a template failed). */
    public boolean render(PageSpec page, SiteOutput output) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("t", theme.strings());
        model.put("root", page.path().equals("404.html") ? rootPath() : Urls.rootFrom(page.path()));
        model.put("path", page.path());
        model.put("canonical", baseUrl + Urls.pretty(page.canonical()));
        if (page.title() != null) {
            model.put("title", page.title());
        }
        if (page.view() != null) {
            model.put("page", page.view());
        }
        // the UI strings are left out of the key: they change only with the theme, which starts a new memory
        List<Object> key = Arrays.asList(
                page.template(),
                site,
                model.get("root"),
                page.path(),
                model.get("canonical"),
                page.title(),
                page.view());
        return memory.pages().write(output, page.path(), key, () -> html(page, model)) != null;
    }

    /** The page's HTML, or null when its template failed (reported as a diagnostic). */
    private String html(PageSpec page, Map<String, Object> model) {
        try {
            Template template = theme.template(page.template());
            StringWriter html = new StringWriter();
            template.process(model, html);
            return html.toString();
        } catch (TemplateException e) {
            diagnostics.report(
                    Problem.TEMPLATE_ERROR,
                    templatePosition(
                            e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), page.template()),
                    page.path() + ": " + e.getMessageWithoutStackTop());
        } catch (ParseException e) {
            diagnostics.report(
                    Problem.TEMPLATE_ERROR,
                    templatePosition(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), page.template()),
                    e.getEditorMessage());
        } catch (IOException e) {
            diagnostics.report(
                    Problem.TEMPLATE_ERROR, SourcePosition.of(templateFile(page.template())), e.getMessage());
        }
        return null;
    }

    /** The 404 page may be served at any depth, so it links from the site's root path. */
    private String rootPath() {
        String path = java.net.URI.create(baseUrl).getPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private SourcePosition templatePosition(String name, Integer line, Integer column, String fallback) {
        return new SourcePosition(
                templateFile(name != null ? name : fallback), line == null ? 0 : line, column == null ? 0 : column);
    }

    private String templateFile(String name) {
        return theme.templateFile(name);
    }
}
