package org.opengazette.history;

import java.util.List;

/** A commit of the log with the files of the content folder it changed (never empty). */
public record LoggedCommit(Commit commit, List<FileChange> changes) {}
