package org.opengazette.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;

/**
 * Publishes by renaming: the previous site is moved aside to {@code .<name>.old-*}, the staging
 * folder {@code .<name>.staging-*} takes its name, and the previous one is deleted. Readers may
 * find no site for the instant between the two renames; {@link LinkSwap} avoids that.
 */
record FolderSwap(Path target) implements Publication {
    @Override
    public void clearLeftovers() throws IOException {
        Trees.deleteSiblings(target, "." + target.getFileName() + ".staging-");
        Trees.deleteSiblings(target, "." + target.getFileName() + ".old-");
    }

    @Override
    public Path stage() throws IOException {
        Files.createDirectories(target.getParent());
        return Publication.readable(
                Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-"));
    }

    @Override
    public void publish(Path staging, Executor cleanup) throws IOException {
        Path aside = moveAside(target);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (aside != null) {
                Files.move(aside.resolve("site"), target, StandardCopyOption.ATOMIC_MOVE);
                Trees.delete(aside);
            }
            throw e;
        }
        Trees.deleteLater(cleanup, aside);
    }

    /** Moves {@code target} (a folder, or a link) into a new {@code .<name>.old-*} folder; null when there is none. */
    static Path moveAside(Path target) throws IOException {
        if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.move(target, aside.resolve("site"), StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }
}
