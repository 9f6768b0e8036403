package org.opengazette.diff;

import java.util.List;

/**
 * One row of a comparison.
 *
 * @param kind     what the provision is (an article, a heading, a paragraph)
 * @param change   what happened to its text
 * @param oldLabel its label in the older version (empty when added, and for a paragraph)
 * @param newLabel its label in the newer version (empty when removed, and for a paragraph)
 * @param moved    true when the provision stands elsewhere in the order of the newer version
 *                 (a retained article moved among the others, not only renumbered in place)
 * @param segments the text, as runs; for a changed provision, character-level runs
 */
public record ComparedProvision(
        Provision.Kind kind, Change change, String oldLabel, String newLabel, boolean moved, List<Segment> segments) {

    /** What happened to the text between the two versions. */
    public enum Change {
        /** The same text. */
        UNCHANGED,
        /** The same text but for whitespace or half/full-width punctuation (仅格式调整). */
        FORMATTED,
        /** Words changed (修改). */
        CHANGED,
        /** New in the newer version. */
        ADDED,
        /** Not in the newer version. */
        REMOVED
    }

    /** True when the provision is in both versions, as an article with another number. */
    public boolean renumbered() {
        return kind == Provision.Kind.ARTICLE
                && !oldLabel.isEmpty()
                && !newLabel.isEmpty()
                && !oldLabel.equals(newLabel);
    }

    /**
     * True for a real change, the kind a reader looks for: changed words, an added or removed
     * provision, or a moved one. Formatting and a number that follows the articles before it are not.
     */
    public boolean isChange() {
        return change == Change.CHANGED || change == Change.ADDED || change == Change.REMOVED || moved;
    }
}
