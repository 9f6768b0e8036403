package org.opengazette.history;

import org.eclipse.jgit.lib.ObjectId;

/**
 * What one commit did to one file of the content folder.
 *
 * @param type    added, modified (renamed counts as modified) or deleted
 * @param path    the file relative to the content folder, by the name it has at HEAD when it was
 *                renamed since (renames are followed)
 * @param oldBlob the file's contents before the commit, or null when it was added
 * @param newBlob the file's contents after the commit, or null when it was deleted
 */
public record FileChange(Type type, String path, ObjectId oldBlob, ObjectId newBlob) {
    /** The kind of change of one file. */
    public enum Type {
        ADDED,
        MODIFIED,
        DELETED
    }
}
