package org.opengazette.history;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commits from HEAD that changed the content folder, newest first, and which files each
 * changed, indexed by file.
 */
public final class ContentLog {
    private final String head;
    private final List<LoggedCommit> commits;
    private final boolean partial;
    private final Map<String, BitSet> byPath = new HashMap<>();

    /**
     * @param head    the commit the log starts from
     * @param commits the commits that changed the content folder, newest first
     * @param partial true when the repository is a shallow clone and older commits are missing
     */
    public ContentLog(String head, List<LoggedCommit> commits, boolean partial) {
        this.head = head;
        this.commits = List.copyOf(commits);
        this.partial = partial;
        for (int i = 0; i < this.commits.size(); i++) {
            for (FileChange change : this.commits.get(i).changes()) {
                byPath.computeIfAbsent(change.path(), p -> new BitSet()).set(i);
            }
        }
    }

    public String head() {
        return head;
    }

    public List<LoggedCommit> commits() {
        return commits;
    }

    public boolean partial() {
        return partial;
    }

    /** The commits that changed any of {@code paths} (relative to the content folder), newest first. */
    public List<LoggedCommit> touching(Collection<String> paths) {
        BitSet union = new BitSet();
        for (String path : paths) {
            BitSet positions = byPath.get(path);
            if (positions != null) {
                union.or(positions);
            }
        }
        List<LoggedCommit> touching = new ArrayList<>(union.cardinality());
        union.stream().forEach(i -> touching.add(commits.get(i)));
        return touching;
    }
}
