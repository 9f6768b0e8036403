package org.opengazette.maven;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    /** The project folder holding {@code content/}, {@code site-config/} and {@code themes/}. */
    @Parameter(property = "gazette.project", defaultValue = "${project.basedir}")
    File projectDirectory;

    /** The content folder (default: projectDirectory/content). */
    @Parameter(property = "gazette.content")
    File contentDirectory;

    /** The site-config folder (default: projectDirectory/site-config). */
    @Parameter(property = "gazette.config")
    File configDirectory;

    /** A theme folder or a folder of themes (default: projectDirectory/themes). */
    @Parameter(property = "gazette.theme")
    File themeDirectory;

    /** Where the site is written. */
    @Parameter(property = "gazette.out", defaultValue = "${project.build.directory}/site")
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

    /** Where rendered PDFs are kept between builds, by content hash, so that a rebuild renders only what changed. */
    @Parameter(property = "gazette.pdfCache", defaultValue = "${project.build.directory}/gazette-cache/pdf")
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

    /** Skip the goal. */
    @Parameter(property = "gazette.skip", defaultValue = "false")
    boolean skip;

    BuildRequest request() throws MojoExecutionException {
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
        return request.withStrict(strict).withPdf(pdfOptions).withSearch(search).withHistory(history);
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
