package org.opengazette.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.eclipse.jgit.lib.ObjectId;
import org.opengazette.model.Attachment;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Version;

/**
 * Files the commits of a {@link ContentLog} under the documents of the publishable library: each
 * document's revisions, and the newest change sets. Only the files of published versions (and
 * their attachments) count, so a document that is not public never shows, not even as the
 * target of a repeal; a commit that changed nothing published is not a change set.
 */
final class ChangeSets {
    private final ContentLog log;
    private final Library published;
    private final Function<ObjectId, FrontMatterFacts> facts;
    private final Map<String, String> documentOfPath = new HashMap<>();
    private final Set<String> versionFiles = new HashSet<>();
    private final Map<String, List<Commit>> revisions = new HashMap<>();
    private final Map<String, String> firstCommit = new HashMap<>();

    /** @param facts the front-matter facts of a committed file, by blob id */
    ChangeSets(ContentLog log, Library published, Function<ObjectId, FrontMatterFacts> facts) {
        this.log = log;
        this.published = published;
        this.facts = facts;
        for (Document document : published.documents()) {
            List<String> paths = new ArrayList<>();
            for (Version version : document.versions()) {
                paths.add(version.sourcePath());
                versionFiles.add(version.sourcePath());
                version.attachments().stream().map(Attachment::path).forEach(paths::add);
            }
            paths.forEach(path -> documentOfPath.put(path, document.id()));
            List<LoggedCommit> touching = log.touching(paths);
            if (!touching.isEmpty()) {
                revisions.put(
                        document.id(),
                        touching.stream().map(LoggedCommit::commit).toList());
                firstCommit.put(
                        document.id(),
                        touching.get(touching.size() - 1).commit().id());
            }
        }
    }

    /** The commits that changed each published document, newest first. */
    Map<String, List<Commit>> revisions() {
        return Map.copyOf(revisions);
    }

    /** The newest {@code limit} commits that changed a published document, with what they did to each. */
    List<ChangeSet> newest(int limit) {
        List<ChangeSet> sets = new ArrayList<>();
        for (LoggedCommit logged : log.commits()) {
            if (sets.size() == limit) {
                break;
            }
            Map<String, Change.Kind> kinds = new TreeMap<>();
            for (FileChange change : logged.changes()) {
                String id = documentOfPath.get(change.path());
                if (id != null) {
                    file(logged.commit(), change, id, kinds);
                }
            }
            if (!kinds.isEmpty()) {
                List<Change> changes = new ArrayList<>();
                kinds.forEach((id, kind) -> changes.add(new Change(id, kind)));
                changes.sort(Comparator.comparing(Change::kind));
                sets.add(new ChangeSet(logged.commit(), List.copyOf(changes)));
            }
        }
        return List.copyOf(sets);
    }

    private void file(Commit commit, FileChange change, String id, Map<String, Change.Kind> kinds) {
        boolean added = change.type() == FileChange.Type.ADDED && commit.id().equals(firstCommit.get(id));
        mark(kinds, id, added ? Change.Kind.ADDED : Change.Kind.MODIFIED);
        if (change.newBlob() == null || !versionFiles.contains(change.path())) {
            return;
        }
        FrontMatterFacts after = facts.apply(change.newBlob());
        FrontMatterFacts before = change.oldBlob() == null ? FrontMatterFacts.NONE : facts.apply(change.oldBlob());
        if (after.endsAfter(before, commit.date())) {
            mark(kinds, id, Change.Kind.REPEALED);
        }
        for (String reference : after.repealsAddedSince(before)) {
            published.resolve(reference).ifPresent(target -> mark(kinds, target.id(), Change.Kind.REPEALED));
        }
    }

    /** Records a kind of change unless a stronger one is recorded: 新增, then 废止, then 修改. */
    private static void mark(Map<String, Change.Kind> kinds, String id, Change.Kind kind) {
        kinds.merge(id, kind, (old, now) -> strength(now) > strength(old) ? now : old);
    }

    private static int strength(Change.Kind kind) {
        return switch (kind) {
            case ADDED -> 2;
            case REPEALED -> 1;
            case MODIFIED -> 0;
        };
    }
}
