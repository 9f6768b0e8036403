package org.opengazette.history;

import java.util.List;

/** One commit of the site's change log and the published documents it changed (never empty). */
public record ChangeSet(Commit commit, List<Change> changes) {}
