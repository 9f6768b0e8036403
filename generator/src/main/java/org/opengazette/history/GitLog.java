package org.opengazette.history;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffConfig;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.RenameDetector;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads the history of the content folder in one pass over the log: a {@link RevWalk} from HEAD
 * (newest commit first), each commit compared with its parent by one {@link TreeWalk} limited to
 * the content folder, which skips every subtree whose id did not change, so the cost follows the
 * number of commits and of changed files, not the size of the tree.
 *
 * <ul>
 *   <li>A commit with one parent: its added, modified and deleted files, with renames detected
 *       (JGit's {@link RenameDetector}: exact renames by blob id, then similar content, within
 *       {@code diff.renameLimit}); a renamed file's older commits are filed under its new name.
 *   <li>A merge: only the files that differ from every parent (a conflict's resolution), as
 *       {@code git log} shows a merge; the changes themselves belong to the merged commits.
 *   <li>The boundary commit of a shallow clone (its parents are missing): its changes are
 *       unknown and left out, and the log is marked partial.
 * </ul>
 */
public final class GitLog {
    private GitLog() {}

    /**
     * The log of {@code prefix} (the content folder relative to the work tree, {@code ""} for the
     * whole tree) from {@code head}.
     */
    public static ContentLog read(Repository repository, ObjectId head, String prefix) throws IOException {
        List<LoggedCommit> logged = new ArrayList<>();
        Map<String, String> renamedTo = new HashMap<>();
        boolean partial = false;
        DiffConfig diffConfig = repository.getConfig().get(DiffConfig.KEY);
        try (ObjectReader reader = repository.newObjectReader();
                RevWalk walk = new RevWalk(reader);
                TreeWalk trees = new TreeWalk(reader)) {
            Set<ObjectId> shallow = reader.getShallowCommits();
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            trees.setRecursive(true);
            trees.setFilter(
                    prefix.isEmpty()
                            ? TreeFilter.ANY_DIFF
                            : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            for (RevCommit commit : walk) {
                if (shallow.contains(commit)) {
                    partial = true;
                    continue;
                }
                List<FileChange> changes = commit.getParentCount() > 1
                        ? mergeChanges(walk, trees, commit, prefix, renamedTo)
                        : changes(walk, trees, reader, diffConfig, commit, prefix, renamedTo);
                if (!changes.isEmpty()) {
                    logged.add(new LoggedCommit(describe(commit), List.copyOf(changes)));
                }
            }
        }
        return new ContentLog(head.name(), logged, partial);
    }

    private static List<FileChange> changes(
            RevWalk walk,
            TreeWalk trees,
            ObjectReader reader,
            DiffConfig diffConfig,
            RevCommit commit,
            String prefix,
            Map<String, String> renamedTo)
            throws IOException {
        trees.reset();
        if (commit.getParentCount() == 0) {
            trees.addTree(new EmptyTreeIterator());
        } else {
            trees.addTree(walk.parseCommit(commit.getParent(0)).getTree());
        }
        trees.addTree(commit.getTree());
        List<DiffEntry> entries = DiffEntry.scan(trees);
        if (hasAddAndDelete(entries)) {
            RenameDetector renames = new RenameDetector(reader, diffConfig);
            renames.addAll(entries);
            entries = renames.compute();
        }
        List<FileChange> changes = new ArrayList<>(entries.size());
        for (DiffEntry entry : entries) {
            switch (entry.getChangeType()) {
                case ADD, COPY ->
                    changes.add(new FileChange(
                            FileChange.Type.ADDED,
                            current(entry.getNewPath(), prefix, renamedTo),
                            null,
                            entry.getNewId().toObjectId()));
                case MODIFY ->
                    changes.add(new FileChange(
                            FileChange.Type.MODIFIED,
                            current(entry.getNewPath(), prefix, renamedTo),
                            entry.getOldId().toObjectId(),
                            entry.getNewId().toObjectId()));
                case DELETE ->
                    changes.add(new FileChange(
                            FileChange.Type.DELETED,
                            current(entry.getOldPath(), prefix, renamedTo),
                            entry.getOldId().toObjectId(),
                            null));
                case RENAME -> {
                    String path = current(entry.getNewPath(), prefix, renamedTo);
                    changes.add(new FileChange(
                            FileChange.Type.MODIFIED,
                            path,
                            entry.getOldId().toObjectId(),
                            entry.getNewId().toObjectId()));
                    renamedTo.put(relative(entry.getOldPath(), prefix), path);
                }
            }
        }
        return changes;
    }

    /** The files of a merge that differ from every parent. */
    private static List<FileChange> mergeChanges(
            RevWalk walk, TreeWalk trees, RevCommit commit, String prefix, Map<String, String> renamedTo)
            throws IOException {
        trees.reset();
        trees.addTree(commit.getTree());
        for (RevCommit parent : commit.getParents()) {
            trees.addTree(walk.parseCommit(parent).getTree());
        }
        List<FileChange> changes = new ArrayList<>();
        while (trees.next()) {
            boolean differsFromEvery = true;
            for (int parent = 1; parent < trees.getTreeCount() && differsFromEvery; parent++) {
                differsFromEvery = trees.getRawMode(parent) != trees.getRawMode(0) || !trees.idEqual(parent, 0);
            }
            if (!differsFromEvery) {
                continue;
            }
            boolean deleted = trees.getRawMode(0) == FileMode.TYPE_MISSING;
            boolean existed = trees.getRawMode(1) != FileMode.TYPE_MISSING;
            changes.add(new FileChange(
                    deleted ? FileChange.Type.DELETED : existed ? FileChange.Type.MODIFIED : FileChange.Type.ADDED,
                    current(trees.getPathString(), prefix, renamedTo),
                    existed ? trees.getObjectId(1) : null,
                    deleted ? null : trees.getObjectId(0)));
        }
        return changes;
    }

    private static boolean hasAddAndDelete(List<DiffEntry> entries) {
        boolean add = false;
        boolean delete = false;
        for (DiffEntry entry : entries) {
            add |= entry.getChangeType() == DiffEntry.ChangeType.ADD;
            delete |= entry.getChangeType() == DiffEntry.ChangeType.DELETE;
        }
        return add && delete;
    }

    /** The path relative to the content folder, by its newest name. */
    private static String current(String repositoryPath, String prefix, Map<String, String> renamedTo) {
        String path = relative(repositoryPath, prefix);
        return renamedTo.getOrDefault(path, path);
    }

    private static String relative(String repositoryPath, String prefix) {
        return prefix.isEmpty() ? repositoryPath : repositoryPath.substring(prefix.length() + 1);
    }

    private static Commit describe(RevCommit commit) {
        String message = commit.getFullMessage();
        int end = message.indexOf('\n');
        String subject = (end < 0 ? message : message.substring(0, end)).strip();
        return new Commit(
                commit.name(),
                Instant.ofEpochSecond(commit.getCommitTime())
                        .atZone(Commit.ZONE)
                        .toOffsetDateTime(),
                subject,
                commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getEmailAddress());
    }
}
