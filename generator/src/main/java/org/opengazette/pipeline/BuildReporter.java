package org.opengazette.pipeline;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.DiagnosticFormatter;
import org.opengazette.pdf.PdfReport;

/**
 * Prints a {@link BuildResult} the same way for the CLI and the Maven plugin: the diagnostics in
 * the chosen format, then a one-line summary (documents, withheld versions, pages, PDFs, warnings, errors,
 * time per stage).
 */
public final class BuildReporter {
    private BuildReporter() {}

    /** The diagnostics in {@code format}. */
    public static String diagnostics(BuildResult result, DiagnosticFormatter format) {
        return format.format(result.diagnostics(), result.messages());
    }

    /** One line: what was built, how many problems, and the time each stage took. */
    public static String summary(BuildResult result) {
        String stages = result.stageMillis().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue() + " ms")
                .collect(Collectors.joining(", "));
        long total = result.stageMillis().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        String figures = result.figures().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", result.figures().isEmpty() ? "" : "; ", ""));
        PdfReport pdfs = result.pdfs();
        String pdfLine = pdfs.total() == 0
                ? ""
                : String.format(
                        ", %d PDFs (%d rendered, %d from cache, %d failed)",
                        pdfs.total(), pdfs.rendered(), pdfs.cached(), pdfs.failed());
        int withheld =
                result.withheld().values().stream().mapToInt(Integer::intValue).sum();
        String withheldLine = withheld == 0
                ? ""
                : String.format(
                        ", %d versions withheld (%s)",
                        withheld,
                        result.withheld().entrySet().stream()
                                .map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", ")));
        return String.format(
                "%s: %d documents (%d versions)%s, %d pages%s, %d files%s; %d errors, %d warnings; %s (total %d ms)",
                result.success() ? "OK" : "FAILED",
                result.documents(),
                result.versions(),
                withheldLine,
                result.pages(),
                pdfLine,
                result.files(),
                figures,
                result.errors(),
                result.warnings(),
                stages,
                total);
    }

    /**
     * Prints the diagnostics to {@code out} (only the errors when {@code errorsOnly}: warnings are
     * then only counted in the summary) and the summary to {@code summaryOut}.
     */
    public static void print(
            BuildResult result,
            DiagnosticFormatter format,
            boolean errorsOnly,
            PrintStream out,
            PrintStream summaryOut) {
        List<Diagnostic> shown = errorsOnly
                ? result.diagnostics().stream().filter(Diagnostic::isError).toList()
                : result.diagnostics();
        out.print(format.format(shown, result.messages()));
        summaryOut.println(summary(result));
    }
}
