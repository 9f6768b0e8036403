package org.opengazette.data;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opengazette.history.Change;
import org.opengazette.history.ChangeSet;
import org.opengazette.history.Commit;
import org.opengazette.model.Document;
import org.opengazette.output.SiteOutput;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * Writes {@code feeds/changes.xml}, the Atom feed of the site's change log: one entry per commit
 * that changed published documents (the newest 50), titled by the commit message's first line,
 * listing each document with 新增, 修改 or 废止, so that a corrected typo reaches subscribers too.
 * Times are commit times in China Standard Time; authors only when site.yaml asks for them.
 */
public final class ChangeFeedWriter {
    private static final int ENTRIES = 50;

    private ChangeFeedWriter() {}

    public static void write(RenderContext context, SiteOutput output) {
        String base = context.config().baseUrl();
        String page = base + Urls.pretty(Urls.changes());
        List<ChangeSet> sets =
                context.history().changes().stream().limit(ENTRIES).toList();
        StringBuilder feed = FeedWriter.header(
                context.config().title() + " — " + context.text("changes.title"),
                base,
                Urls.changesFeed(),
                sets.isEmpty() ? "1970-01-01T00:00:00+08:00" : time(sets.get(0).commit()));
        feed.append("  <author><name>")
                .append(FeedWriter.escape(context.config().title()))
                .append("</name></author>\n");
        for (ChangeSet set : sets) {
            Commit commit = set.commit();
            String url = page + "#commit-" + commit.shortId();
            feed.append("  <entry>\n")
                    .append("    <id>")
                    .append(FeedWriter.escape(page + "#commit-" + commit.id()))
                    .append("</id>\n")
                    .append("    <title>")
                    .append(FeedWriter.escape(commit.subject().isEmpty() ? commit.shortId() : commit.subject()))
                    .append("</title>\n")
                    .append("    <link href=\"")
                    .append(FeedWriter.escape(url))
                    .append("\"/>\n")
                    .append("    <updated>")
                    .append(time(commit))
                    .append("</updated>\n");
            if (context.config().history().authors()) {
                feed.append("    <author><name>")
                        .append(FeedWriter.escape(commit.authorName()))
                        .append("</name><email>")
                        .append(FeedWriter.escape(commit.authorEmail()))
                        .append("</email></author>\n");
            }
            feed.append("    <content type=\"html\">")
                    .append(FeedWriter.escape(list(context, set, base)))
                    .append("</content>\n")
                    .append("  </entry>\n");
        }
        output.write(Urls.changesFeed(), feed.append("</feed>\n").toString());
    }

    /** The documents of a change set as an HTML list: 修改 《title》, each linked. */
    private static String list(RenderContext context, ChangeSet set, String base) {
        StringBuilder html = new StringBuilder("<ul>");
        for (Change change : set.changes()) {
            Document document = context.library().document(change.documentId()).orElseThrow();
            html.append("<li>")
                    .append(FeedWriter.escape(
                            context.text("history.change." + change.kind().key())))
                    .append(" <a href=\"")
                    .append(FeedWriter.escape(base + Urls.pretty(Urls.document(document.id()))))
                    .append("\">")
                    .append(FeedWriter.escape(context.applying(document).title()))
                    .append("</a></li>");
        }
        return html.append("</ul>").toString();
    }

    private static String time(Commit commit) {
        return commit.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
