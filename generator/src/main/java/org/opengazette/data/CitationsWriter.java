package org.opengazette.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.citation.CitationUse;
import org.opengazette.output.SiteOutput;
import org.opengazette.output.WriteMemory;
import org.opengazette.site.Urls;

/**
 * Writes {@code data/citations.json}, the citation graph and the build's report of references it
 * could not resolve: {@code {"resolved": [{"from", "from_version", "to", "to_version", "article"?,
 * "url", "text"}], "unresolved": [{"from", "from_version", ("to", "to_version", "article",
 * "reason": "no_such_article")?, "source_path", "line", "text"}]}}, sorted by citing document,
 * version and line. A reference to an article carries its anchor ({@code 第十条第二款}); one to an
 * article the applying version lacks is unresolved, with the version it was looked for in. A
 * document's references to its own articles ({@code 本法第十条}) are found only when unresolved.
 */
public final class CitationsWriter {
    public static final String PATH = "data/citations.json";

    private CitationsWriter() {}

    /** Writes the report; when it equals what {@code memory} remembers, it is not serialized again. */
    public static void write(List<CitationUse> uses, SiteOutput output, WriteMemory memory) {
        List<Map<String, Object>> resolved = new ArrayList<>();
        List<Map<String, Object>> unresolved = new ArrayList<>();
        for (CitationUse use : uses) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", use.citing().documentId());
            entry.put("from_version", use.citing().key());
            if (use.resolved()) {
                entry.put("to", use.target().id());
                entry.put("to_version", use.version().key());
                String url = Urls.pretty(Urls.versionOf(use.target(), use.version()));
                if (use.isArticle()) {
                    entry.put("article", use.article());
                    url += "#" + use.article();
                }
                entry.put("url", url);
                entry.put("text", use.text());
                resolved.add(entry);
            } else {
                if (use.target() != null) {
                    entry.put("to", use.target().id());
                    entry.put("to_version", use.version().key());
                    entry.put("article", use.article());
                    entry.put("reason", "no_such_article");
                }
                entry.put("source_path", use.citing().sourcePath());
                entry.put("line", use.line());
                entry.put("text", use.text());
                unresolved.add(entry);
            }
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("resolved", resolved);
        report.put("unresolved", unresolved);
        memory.write(output, PATH, report, () -> Json.write(report));
    }
}
