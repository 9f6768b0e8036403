package org.opengazette.load;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of a content folder, classified and sorted.
 *
 * @param documents one entry per document (a single file, or a folder of versions)
 * @param issues    gazette issue files ({@code gazette/*.yaml})
 * @param pages     static pages ({@code pages/*.md})
 */
public record ContentTree(List<DocumentFiles> documents, List<Path> issues, List<Path> pages) {

    /**
     * The files of one document.
     *
     * @param defaultId  the id given by the path: the file name without {@code .md}, or the folder name
     * @param sourcePath the file or folder, relative to the content directory
     * @param versions   its version files, oldest first
     */
    public record DocumentFiles(String defaultId, String sourcePath, List<VersionFile> versions) {}

    /**
     * One version file.
     *
     * @param path     the file
     * @param relative the path relative to the content directory, with forward slashes
     * @param key      the version key: the date in the file name, {@code undated}, or empty for a single file
     */
    public record VersionFile(Path path, String relative, String key) {}
}
