package org.opengazette.render;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.opengazette.history.ChangeSet;
import org.opengazette.history.Commit;
import org.opengazette.model.Document;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/** Turns the git history into page models: a document's revisions, the change log. */
final class HistoryViews {
    private final RenderContext context;

    HistoryViews(RenderContext context) {
        this.context = context;
    }

    /** The document's 最后更新 and 修订记录, or null when git has none for it. */
    Revisions revisions(Document document) {
        List<Commit> commits = context.history().revisionsOf(document.id());
        if (commits.isEmpty()) {
            return null;
        }
        Commit last = commits.get(0);
        return new Revisions(
                context.date(last.date()),
                datetime(last),
                commits.stream().map(this::revision).toList());
    }

    /** The change log, or null when the content has no git history. */
    ChangesPage changes() {
        if (!context.history().available()) {
            return null;
        }
        return new ChangesPage(
                context.history().changes().stream().map(this::entry).toList());
    }

    private ChangesPage.Entry entry(ChangeSet set) {
        return new ChangesPage.Entry(
                revision(set.commit()),
                set.changes().stream()
                        .map(change -> {
                            Document document = context.library()
                                    .document(change.documentId())
                                    .orElseThrow();
                            return new ChangesPage.ChangedDocument(
                                    change.kind().key(),
                                    context.text(
                                            "history.change." + change.kind().key()),
                                    context.applying(document).title(),
                                    Urls.document(document.id()));
                        })
                        .toList());
    }

    Revision revision(Commit commit) {
        boolean authors = context.config().history().authors();
        return new Revision(
                context.date(commit.date()),
                datetime(commit),
                commit.subject(),
                commit.shortId(),
                commit.id(),
                authors ? commit.authorName() : null,
                authors ? commit.authorEmail() : null);
    }

    private static String datetime(Commit commit) {
        return commit.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
