package org.opengazette.maven;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.opengazette.diagnostic.DiagnosticFormatter;
import org.opengazette.pdf.PdfOptions;
import org.opengazette.pipeline.BuildReporter;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;

/** The parameters both goals share, mirroring the CLI options, and the shared reporting. */
abstract class AbstractGazetteMojo extends AbstractMojo {
    /** The project folder holding {@code content/}, {@code site-config/} and, optionally, {@code themes/}. */
    @Parameter(property = "gazette.projectDirectory", defaultValue = "${project.basedir}")
    File projectDirectory;

    /** The content folder (default: projectDirectory/content). */
    @Parameter(property = "gazette.contentDirectory")
    File contentDirectory;

    /** The site-config folder (default: projectDirectory/site-config). */
    @Parameter(property = "gazette.configDirectory")
    File configDirectory;

    /**
     * Where the project's theme files are: a theme folder, or a folder of themes holding one named as
     * {@code theme:} in site.yaml (default: projectDirectory/themes). Its files override the theme
     * built into the generator file by file; without it, the built-in theme is used as it is.
     */
    @Parameter(property = "gazette.themeDirectory")
    File themeDirectory;

    /** Where the site is written. */
    @Parameter(property = "gazette.outputDirectory", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** Show statuses as of this date, YYYY-MM-DD (default: today). */
    @Parameter(property = "gazette.asOf")
    String asOf;

    /** Fail on warnings too. */
    @Parameter(property = "gazette.strict", defaultValue = "false")
    boolean strict;

    /** Diagnostics format: text, json or github. */
    @Parameter(property = "gazette.format", defaultValue = "text")
    String format;

    /** Make a PDF of every document version and gazette issue (false is the CLI's --no-pdf). */
    @Parameter(property = "gazette.pdf", defaultValue = "true")
    boolean pdf;

    /**
     * Where rendered PDFs are kept between builds, by content hash, so that a rebuild renders only
     * what changed (default: projectDirectory/.gazette-cache/pdf, outside target/ so that
     * {@code mvn clean} keeps it).
     */
    @Parameter(property = "gazette.pdfCacheDirectory")
    File pdfCacheDirectory;

    /** Report a PDF that cannot be rendered as a warning (the page then has no PDF link) instead of an error. */
    @Parameter(property = "gazette.pdfFailuresAsWarnings", defaultValue = "false")
    boolean pdfFailuresAsWarnings;

    /** Make the search index and its browser export (false is the CLI's --no-search, for quick previews). */
    @Parameter(property = "gazette.search", defaultValue = "true")
    boolean search;

    /** Show the git history of the content (false is the CLI's --no-history). */
    @Parameter(property = "gazette.history", defaultValue = "true")
    boolean history;

    /**
     * Publish through a symbolic link: outputDirectory links to the newest site, swapped atomically
     * for a web server that serves it (implied when outputDirectory is a link already).
     */
    @Parameter(property = "gazette.symlink", defaultValue = "false")
    boolean symlink;

    /**
     * Reuse what the last build left in projectDirectory/.gazette-cache/build and beside
     * outputDirectory (false is the CLI's --no-cache: render everything again, keep no cache).
     */
    @Parameter(property = "gazette.cache", defaultValue = "true")
    boolean cache;

    /** Skip the goal. */
    @Parameter(property = "gazette.skip", defaultValue = "false")
    boolean skip;

    /** The Maven session, for the user properties (to answer property names that are no longer read). */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    BuildRequest request() throws MojoExecutionException {
        RenamedProperties.check(session == null ? new Properties() : session.getUserProperties());
        BuildRequest request =
                BuildRequest.forProject(projectDirectory.toPath()).withOutput(outputDirectory.toPath());
        if (contentDirectory != null) {
            request = request.withContent(contentDirectory.toPath());
        }
        if (configDirectory != null) {
            request = request.withConfig(configDirectory.toPath());
        }
        if (themeDirectory != null) {
            request = request.withThemes(themeDirectory.toPath());
        }
        if (asOf != null && !asOf.isBlank()) {
            try {
                request = request.withAsOf(LocalDate.parse(asOf.strip()));
            } catch (DateTimeParseException e) {
                throw new MojoExecutionException("gazette.asOf must be a date YYYY-MM-DD, not \"" + asOf + "\"", e);
            }
        }
        PdfOptions pdfOptions = request.pdf().withEnabled(pdf).withFailuresAsWarnings(pdfFailuresAsWarnings);
        if (pdfCacheDirectory != null) {
            pdfOptions = pdfOptions.withCacheDirectory(pdfCacheDirectory.toPath());
        }
        return request.withStrict(strict)
                .withPdf(pdfOptions)
                .withSearch(search)
                .withHistory(history)
                .withSymlink(symlink)
                .withCache(cache ? request.cache() : null);
    }

    /** Prints diagnostics and summary through Maven's log; fails the build on content errors. */
    void report(BuildResult result) throws MojoExecutionException, MojoFailureException {
        DiagnosticFormatter formatter;
        try {
            formatter = DiagnosticFormatter.named(format);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("gazette.format must be text, json or github, not \"" + format + "\"", e);
        }
        String diagnostics = BuildReporter.diagnostics(result, formatter);
        if (!diagnostics.isEmpty()) {
            String text = diagnostics.stripTrailing();
            if (result.errors() > 0) {
                getLog().error("\n" + text);
            } else {
                getLog().warn("\n" + text);
            }
        }
        getLog().info(BuildReporter.summary(result));
        if (!result.success()) {
            throw new MojoFailureException(
                    "OpenGazette: " + result.errors() + " errors, " + result.warnings() + " warnings (see above)");
        }
    }
}
