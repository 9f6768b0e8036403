package org.opengazette.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Messages;
import org.opengazette.pdf.PdfReport;

/**
 * The outcome of a build or check.
 *
 * @param success     true when the site was written (build) or the content passed (check)
 * @param diagnostics every problem, sorted by file and line
 * @param messages    the language the diagnostics are in, for the reporter
 * @param documents   published documents
 * @param versions    published versions
 * @param pages       HTML pages written (0 for a check or a failed build)
 * @param files       files written, all kinds
 * @param stageMillis wall time per stage, in execution order
 * @param figures     other counts of the render stage (citations found, resolved …), in order
 * @param output      the site folder (written only when {@code success} and not a check)
 * @param pdfs        the PDFs of the build: rendered, taken from the cache, failed (none when off)
 * @param withheld    versions left out because they are not 主动公开, by disclosure key
 */
public record BuildResult(
        boolean success,
        List<Diagnostic> diagnostics,
        Messages messages,
        int documents,
        int versions,
        int pages,
        int files,
        Map<String, Long> stageMillis,
        Map<String, Long> figures,
        Path output,
        PdfReport pdfs,
        Map<String, Integer> withheld) {

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
