package org.opengazette.model;

/**
 * 附件: a file shipped with a document.
 *
 * @param path  the path relative to the content directory, with forward slashes
 * @param title the title shown in the link (the file name when none is given)
 */
public record Attachment(String path, String title) {

    /** The file name, used as the name of the published copy. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
