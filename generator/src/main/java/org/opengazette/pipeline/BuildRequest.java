package org.opengazette.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.pdf.PdfOptions;

/**
 * What to build, with every path resolved. Use {@link #forProject(Path)} for the standard layout
 * (a project folder holding {@code content/}, {@code site-config/} and, optionally, {@code themes/}) and the
 * {@code with…} methods to override parts of it.
 *
 * @param content    the content folder
 * @param config     the site-config folder
 * @param themes     the folder holding the project's themes (the theme named in site.yaml is looked
 *                   up here), or one theme folder itself when it holds {@code templates/}, {@code
 *                   static/} or {@code i18n/}; its files override the built-in theme's, and it
 *                   need not exist
 * @param output     where the site goes
 * @param asOf       the date the site shows statuses for; null means today
 * @param strict     fail on warnings too
 * @param pdf        whether and how PDFs are made, and where they are cached
 * @param search     whether the search index and its browser export are made (a preview may skip them)
 * @param history    whether the git history of the content is shown (when a repository holds it)
 * @param symlink    publish through a symbolic link at {@code output}, swapped atomically for readers
 *                   (implied when {@code output} is a link already)
 * @param cache      the build cache: what a build in a new process may reuse of the last one (the
 *                   rendered bodies and comparisons in this folder, and the ledger beside the site
 *                   of what each file was made from), or null to make everything again
 */
public record BuildRequest(
        Path content,
        Path config,
        Path themes,
        Path output,
        LocalDate asOf,
        boolean strict,
        PdfOptions pdf,
        boolean search,
        boolean history,
        boolean symlink,
        Path cache) {

    /**
     * Where PDFs are cached between builds of a project, unless told otherwise: outside
     * {@code target/}, so that {@code mvn clean} does not make every PDF again.
     */
    public static Path defaultPdfCache(Path project) {
        return project.resolve(".gazette-cache").resolve("pdf");
    }

    /**
     * The standard layout of a project folder; the site goes to {@code target/site}, PDFs are on
     * and cached in {@code .gazette-cache/pdf}, the build cache is {@code .gazette-cache/build}.
     */
    public static BuildRequest forProject(Path project) {
        return new BuildRequest(
                project.resolve("content"),
                project.resolve("site-config"),
                project.resolve("themes"),
                project.resolve("target").resolve("site"),
                null,
                false,
                PdfOptions.defaults(defaultPdfCache(project)),
                true,
                true,
                false,
                defaultBuildCache(project));
    }

    /** Where a project's build cache is kept, unless told otherwise: beside the PDF cache. */
    public static Path defaultBuildCache(Path project) {
        return project.resolve(".gazette-cache").resolve("build");
    }

    public BuildRequest withContent(Path folder) {
        return new BuildRequest(folder, config, themes, output, asOf, strict, pdf, search, history, symlink, cache);
    }

    public BuildRequest withConfig(Path folder) {
        return new BuildRequest(content, folder, themes, output, asOf, strict, pdf, search, history, symlink, cache);
    }

    public BuildRequest withThemes(Path folder) {
        return new BuildRequest(content, config, folder, output, asOf, strict, pdf, search, history, symlink, cache);
    }

    public BuildRequest withOutput(Path folder) {
        return new BuildRequest(content, config, themes, folder, asOf, strict, pdf, search, history, symlink, cache);
    }

    public BuildRequest withAsOf(LocalDate date) {
        return new BuildRequest(content, config, themes, output, date, strict, pdf, search, history, symlink, cache);
    }

    public BuildRequest withStrict(boolean failOnWarnings) {
        return new BuildRequest(
                content, config, themes, output, asOf, failOnWarnings, pdf, search, history, symlink, cache);
    }

    public BuildRequest withPdf(PdfOptions options) {
        return new BuildRequest(
                content, config, themes, output, asOf, strict, options, search, history, symlink, cache);
    }

    public BuildRequest withSearch(boolean makeSearch) {
        return new BuildRequest(
                content, config, themes, output, asOf, strict, pdf, makeSearch, history, symlink, cache);
    }

    public BuildRequest withHistory(boolean showHistory) {
        return new BuildRequest(
                content, config, themes, output, asOf, strict, pdf, search, showHistory, symlink, cache);
    }

    public BuildRequest withSymlink(boolean publishThroughLink) {
        return new BuildRequest(
                content, config, themes, output, asOf, strict, pdf, search, history, publishThroughLink, cache);
    }

    /** The same request with the build cache in {@code folder}, or with none when it is null. */
    public BuildRequest withCache(Path folder) {
        return new BuildRequest(content, config, themes, output, asOf, strict, pdf, search, history, symlink, folder);
    }

    /** The as-of date, today when none was given. */
    public LocalDate effectiveAsOf() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
