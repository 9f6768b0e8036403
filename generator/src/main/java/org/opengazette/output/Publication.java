package org.opengazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Executor;

/**
 * Where a site is staged and how it then takes the previous site's place: by renaming folders
 * ({@link FolderSwap}) or by pointing a symbolic link at it ({@link LinkSwap}, atomic for readers).
 * Only the holder of the folder's {@link OutputLock} uses one.
 */
sealed interface Publication permits FolderSwap, LinkSwap {
    /** A publication for {@code target}: through a link when asked or when the target is one already. */
    static Publication of(Path target, boolean link) {
        return link || Files.isSymbolicLink(target) ? new LinkSwap(target) : new FolderSwap(target);
    }

    /** The site folder (or link) readers use. */
    Path target();

    /** Deletes what killed builds left behind: staging folders, previous sites not yet deleted. */
    void clearLeftovers() throws IOException;

    /** Creates an empty folder, readable by a web server, to write the new site into. */
    Path stage() throws IOException;

    /**
     * Puts the staged site in the previous one's place; the previous one is deleted by
     * {@code cleanup} (a preview deletes it on another thread, after the pages reload).
     */
    void publish(Path staging, Executor cleanup) throws IOException;

    /** Makes a fresh folder world-readable: a temporary folder is private (700). */
    static Path readable(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return folder;
    }
}
