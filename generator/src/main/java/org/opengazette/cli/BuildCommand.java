package org.opengazette.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opengazette.diagnostic.DiagnosticFormatter;
import org.opengazette.output.SiteArchive;
import org.opengazette.pdf.PdfOptions;
import org.opengazette.pipeline.BuildReporter;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette build}: validate, then publish the site (the previous site stays if anything fails). */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Build the static site. Prints every problem, then a summary; exit 1 on content errors.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Diagnostics format: text, json or github (default: text).")
    DiagnosticFormat format;

    @Option(
            names = "--quiet",
            description = "No progress lines, and errors only (warnings are counted in the summary).")
    boolean quiet;

    @Option(names = "--no-pdf", description = "Skip the PDFs of documents and gazette issues (made by default).")
    boolean noPdf;

    @Option(
            names = "--no-search",
            description =
                    "Skip the search index (a quicker preview; the search page then reports search as unavailable).")
    boolean noSearch;

    @Option(
            names = "--no-history",
            description =
                    "Show no git history (revisions, change log, commit) even when a repository holds the content.")
    boolean noHistory;

    @Option(
            names = "--pdf-cache",
            paramLabel = "DIR",
            description = "Keep rendered PDFs here between builds (default: PROJECT/.gazette-cache/pdf).")
    Path pdfCache;

    @Option(
            names = "--pdf-failures-as-warnings",
            description =
                    "Report a PDF that cannot be rendered as a warning (the page then has no PDF link) instead of an error.")
    boolean pdfFailuresAsWarnings;

    @Option(
            names = "--no-cache",
            description = "Render every body, comparison and file again, and keep no build cache"
                    + " (default: reuse what the last build left in PROJECT/.gazette-cache/build and beside OUT).")
    boolean noCache;

    @Option(
            names = "--symlink",
            description = "Publish through a symbolic link: OUT links to the newest site, swapped atomically for"
                    + " a web server that serves it (implied when OUT is a link already).")
    boolean symlink;

    @Option(
            names = "--archive",
            paramLabel = "FILE",
            description = "Also write the published site as one zip file, with its SHA-256 in FILE.sha256.")
    Path archive;

    @Override
    public Integer call() {
        BuildRequest request = inputs.request();
        PdfOptions pdfOptions = request.pdf().withEnabled(!noPdf).withFailuresAsWarnings(pdfFailuresAsWarnings);
        if (pdfCache != null) {
            pdfOptions = pdfOptions.withCacheDirectory(pdfCache);
        }
        BuildResult result = Pipeline.build(
                request.withPdf(pdfOptions)
                        .withSearch(!noSearch)
                        .withHistory(!noHistory)
                        .withSymlink(symlink)
                        .withCache(noCache ? null : request.cache()),
                quiet ? org.opengazette.pipeline.ProgressListener.NONE : new ProgressLine(System.err));
        BuildReporter.print(result, format.formatter(), quiet, System.out, System.err);
        if (!result.success()) {
            return 1;
        }
        System.err.println(
                "Site: " + result.output().toAbsolutePath().normalize().resolve("index.html"));
        if (archive != null) {
            try {
                String sha256 = SiteArchive.write(result.output(), archive);
                System.err.println("Archive: " + archive + " (SHA-256 " + sha256 + ")");
            } catch (IOException e) {
                System.err.println("error: cannot write the site archive " + archive + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    /** The {@code --format} values. */
    enum DiagnosticFormat {
        text,
        json,
        github;

        DiagnosticFormatter formatter() {
            return DiagnosticFormatter.named(name());
        }
    }
}
