package org.opengazette.diff;

/** A run of text in a compared provision: unchanged, deleted from the older or inserted in the newer version. */
public record Segment(Type type, String text) {

    /** What happened to the run. */
    public enum Type {
        EQUAL,
        DELETED,
        INSERTED
    }
}
