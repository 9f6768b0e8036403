package org.opengazette.pipeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.opengazette.citation.CitationUse;
import org.opengazette.data.CitationsWriter;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Status;
import org.opengazette.output.SiteOutput;
import org.opengazette.output.WriteMemory;
import org.opengazette.site.RenderContext;

/**
 * The citations found while the bodies were rendered: written as data, counted for the summary,
 * and checked — a document in force that cites one repealed or expired (and is not itself its
 * amendment, repeal, replacement or interpretation) gets a warning.
 */
final class CitationReport {
    private CitationReport() {}

    /** Writes and checks {@code citations}; returns them sorted by citing file, line and text. */
    static List<CitationUse> write(
            List<CitationUse> citations,
            RenderContext context,
            SiteOutput output,
            WriteMemory memory,
            Diagnostics diagnostics) {
        List<CitationUse> sorted = citations.stream()
                .sorted(Comparator.comparing((CitationUse u) -> u.citing().sourcePath())
                        .thenComparingInt(CitationUse::line)
                        .thenComparing(CitationUse::text))
                .toList();
        CitationsWriter.write(sorted, output, memory);
        LocalDate asOf = context.asOf();
        for (CitationUse use : sorted) {
            if (!use.resolved()
                    || use.isArticle()
                    || context.status(use.citing()) != Status.IN_FORCE
                    || related(use, context)) {
                continue;
            }
            Status target = context.status(context.applying(use.target()));
            if (target == Status.REPEALED || target == Status.EXPIRED) {
                diagnostics.report(
                        Problem.CITES_INVALID,
                        use.citing().positionOf("").at(Math.max(1, use.line()), 1),
                        use.text(),
                        context.statusLabel(target),
                        asOf.toString());
            }
        }
        return sorted;
    }

    /** True when the citing document amends, repeals, replaces or interprets the cited one: then citing it is expected. */
    private static boolean related(CitationUse use, RenderContext context) {
        return context.library().relationsTo(use.target()).stream()
                .anyMatch(relation ->
                        relation.source().documentId().equals(use.citing().documentId()));
    }
}
