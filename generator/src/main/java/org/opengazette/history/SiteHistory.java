package org.opengazette.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the site shows of git, for published documents only: the commit it was built from, each
 * document's revisions and the newest change sets. {@link #NONE} when the content folder is not
 * in a repository (or history is turned off): the site then shows no history at all.
 *
 * @param version   the commit built, or null without history
 * @param revisions the commits that changed each document's files (versions and attachments),
 *                  newest first, by document id
 * @param changes   the newest change sets, newest first
 */
public record SiteHistory(BuildVersion version, Map<String, List<Commit>> revisions, List<ChangeSet> changes) {
    /** No history: the content folder is not in a repository. */
    public static final SiteHistory NONE = new SiteHistory(null, Map.of(), List.of());

    /** Whether there is a history to show (the content folder is in a repository). */
    public boolean available() {
        return version != null;
    }

    /** The commits that changed the document, newest first; empty without history. */
    public List<Commit> revisionsOf(String documentId) {
        return revisions.getOrDefault(documentId, List.of());
    }

    /** The newest commit that changed the document. */
    public Optional<Commit> lastChange(String documentId) {
        List<Commit> commits = revisionsOf(documentId);
        return commits.isEmpty() ? Optional.empty() : Optional.of(commits.get(0));
    }
}
