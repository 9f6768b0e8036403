package org.opengazette.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executor;

/**
 * Publishes through a symbolic link: each site is written to its own folder in
 * {@code .<name>.releases/}, and {@code <name>} is a relative link to the current one, replaced
 * by renaming a new link over it, which readers see atomically: a web server that serves the
 * link always finds a whole site, the old or the new. The previous release is then deleted.
 * When {@code <name>} is still a folder, it is moved aside once (the only moment without a site).
 */
record LinkSwap(Path target) implements Publication {
    private Path releases() {
        return target.resolveSibling("." + target.getFileName() + ".releases");
    }

    @Override
    public void clearLeftovers() throws IOException {
        new FolderSwap(target).clearLeftovers();
        Trees.deleteSiblings(target, "." + target.getFileName() + ".link-");
        if (!Files.isDirectory(releases())) {
            return;
        }
        Path current = current();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(releases())) {
            for (Path entry : entries) {
                if (!entry.equals(current) && !Trees.deleting(entry)) {
                    Trees.delete(entry);
                }
            }
        }
    }

    @Override
    public Path stage() throws IOException {
        Files.createDirectories(releases());
        return Publication.readable(Files.createTempDirectory(releases(), "site-"));
    }

    @Override
    public void publish(Path staging, Executor cleanup) throws IOException {
        Path previous = current();
        Path link = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".link-", "");
        Files.delete(link);
        Files.createSymbolicLink(link, target.getParent().relativize(staging));
        Path aside = Files.isSymbolicLink(target) ? null : FolderSwap.moveAside(target);
        try {
            Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(link);
            if (aside != null) {
                Files.move(aside.resolve("site"), target, StandardCopyOption.ATOMIC_MOVE);
                Trees.delete(aside);
            }
            throw e;
        }
        Trees.deleteLater(cleanup, previous, aside);
    }

    /**
     * The release the link points at, when it is one of ours; a link to anywhere else (made by
     * hand, say to /var/www/gazette) is replaced but what it points at is never deleted.
     */
    private Path current() throws IOException {
        if (!Files.isSymbolicLink(target)) {
            return null;
        }
        Path pointed =
                target.getParent().resolve(Files.readSymbolicLink(target)).normalize();
        return pointed.getParent() != null
                        && pointed.getParent().equals(releases())
                        && Files.exists(pointed, LinkOption.NOFOLLOW_LINKS)
                ? pointed
                : null;
    }
}
