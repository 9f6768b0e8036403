package org.opengazette.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Version;
import org.opengazette.output.SiteOutput;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * Writes two Atom feeds: {@code feeds/documents.xml} (the newest documents by publication date)
 * and {@code feeds/gazette.xml} (the newest gazette issues). Times are the documents' own dates at
 * midnight China Standard Time, never the build time, so feeds are reproducible.
 */
public final class FeedWriter {
    public static final String DOCUMENTS = "feeds/documents.xml";
    public static final String GAZETTE = "feeds/gazette.xml";
    private static final int ENTRIES = 50;

    private FeedWriter() {}

    public static void write(RenderContext context, SiteOutput output) {
        String base = context.config().baseUrl();
        List<Document> newest = context.library().documents().stream()
                .filter(d -> context.applying(d).dates().primary() != null)
                .sorted(Comparator.comparing(
                                (Document d) -> context.applying(d).dates().primary())
                        .reversed()
                        .thenComparing(Document::id))
                .limit(ENTRIES)
                .toList();
        StringBuilder documents = header(
                context.config().title() + " — " + context.text("feed.documents"),
                base,
                DOCUMENTS,
                newest.isEmpty()
                        ? null
                        : context.applying(newest.get(0)).dates().primary());
        for (Document document : newest) {
            Version version = context.applying(document);
            String url = base + Urls.pretty(Urls.document(document.id()));
            documents
                    .append("  <entry>\n")
                    .append("    <id>")
                    .append(escape(url))
                    .append("</id>\n")
                    .append("    <title>")
                    .append(escape(version.title()))
                    .append("</title>\n")
                    .append("    <link href=\"")
                    .append(escape(url))
                    .append("\"/>\n")
                    .append("    <updated>")
                    .append(time(version.dates().primary()))
                    .append("</updated>\n");
            for (String issuer : version.issuers()) {
                documents.append("    <author><name>").append(escape(issuer)).append("</name></author>\n");
            }
            String summary = String.join(
                            " ",
                            Objects.requireNonNullElse(version.docNumber(), ""),
                            context.kindLabel(version.kind()),
                            context.statusLabel(context.status(version)))
                    .strip();
            documents
                    .append("    <summary>")
                    .append(escape(summary))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        output.write(DOCUMENTS, documents.append("</feed>\n").toString());

        List<GazetteIssue> issues = context.library().issues().stream()
                .sorted(Comparator.comparing(GazetteIssue::date).reversed().thenComparing(GazetteIssue::id))
                .limit(ENTRIES)
                .toList();
        StringBuilder gazette = header(
                context.config().gazette().name(),
                base,
                GAZETTE,
                issues.isEmpty() ? null : issues.get(0).date());
        for (GazetteIssue issue : issues) {
            String url = base + Urls.pretty(Urls.gazetteIssue(issue.year(), issue.number()));
            String title = context.config().gazette().name() + " "
                    + context.text("gazette.issue-label")
                            .replace("{year}", String.valueOf(issue.year()))
                            .replace("{number}", String.valueOf(issue.number()));
            gazette.append("  <entry>\n")
                    .append("    <id>")
                    .append(escape(url))
                    .append("</id>\n")
                    .append("    <title>")
                    .append(escape(title))
                    .append("</title>\n")
                    .append("    <link href=\"")
                    .append(escape(url))
                    .append("\"/>\n")
                    .append("    <updated>")
                    .append(time(issue.date()))
                    .append("</updated>\n")
                    .append("  </entry>\n");
        }
        output.write(GAZETTE, gazette.append("</feed>\n").toString());
    }

    /** The feed's opening: id, title, links to itself and the site, and its time. */
    static StringBuilder header(String title, String base, String path, LocalDate updated) {
        return header(title, base, path, time(updated != null ? updated : LocalDate.of(1970, 1, 1)));
    }

    static StringBuilder header(String title, String base, String path, String updated) {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>")
                .append(escape(base + path))
                .append("</id>\n")
                .append("  <title>")
                .append(escape(title))
                .append("</title>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(escape(base + path))
                .append("\"/>\n")
                .append("  <link href=\"")
                .append(escape(base))
                .append("\"/>\n")
                .append("  <updated>")
                .append(updated)
                .append("</updated>\n");
    }

    private static String time(LocalDate date) {
        return date + "T00:00:00+08:00";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
