package org.opengazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Deleting folder trees, now or on another thread. A tree this process is deleting on another
 * thread is left to that thread by {@link #deleteSiblings} (a preview's next build would
 * otherwise wait for it); a file already gone is no error.
 */
final class Trees {
    private static final Set<Path> DELETING = ConcurrentHashMap.newKeySet();

    private Trees() {}

    /** Deletes {@code root} and everything under it; a link is deleted, never followed. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes {@code roots} (null ones skipped) by {@code executor}, which may run it on another thread. */
    static void deleteLater(Executor executor, Path... roots) {
        List<Path> trees = Arrays.stream(roots).filter(Objects::nonNull).toList();
        DELETING.addAll(trees);
        executor.execute(() -> {
            try {
                for (Path root : trees) {
                    delete(root);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + trees, e);
            } finally {
                DELETING.removeAll(trees);
            }
        });
    }

    /** Whether this process is deleting {@code root} on another thread ({@link #deleteLater}). */
    static boolean deleting(Path root) {
        return DELETING.contains(root);
    }

    /**
     * Deletes every sibling of {@code target} whose name starts with {@code prefix}, apart from
     * those this process is deleting already ({@link #deleteLater}).
     */
    static void deleteSiblings(Path target, String prefix) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path sibling : siblings) {
                if (sibling.getFileName().toString().startsWith(prefix) && !deleting(sibling)) {
                    delete(sibling);
                }
            }
        }
    }
}
