package org.opengazette.diff;

import java.util.List;

/**
 * One row of a comparison.
 *
 * @param change   what happened to the provision
 * @param oldLabel its label in the older version (empty when added)
 * @param newLabel its label in the newer version (empty when removed)
 * @param segments the text, as runs; for a changed provision, character-level runs
 */
public record ComparedProvision(Change change, String oldLabel, String newLabel, List<Segment> segments) {

    /** What happened between the two versions. */
    public enum Change {
        UNCHANGED,
        CHANGED,
        ADDED,
        REMOVED
    }

    /** True when the article keeps its text but has another number. */
    public boolean renumbered() {
        return change == Change.UNCHANGED && !oldLabel.equals(newLabel);
    }
}
