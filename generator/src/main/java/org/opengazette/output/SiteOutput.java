package org.opengazette.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a site into a staging folder next to the target folder, then {@link #commit()}s it by
 * renaming: the previous site is moved aside, the staging folder takes its name, and the old
 * one is deleted. Until the commit the target is untouched; {@link #close()} without a commit
 * deletes the staging folder. Safe for concurrent writes of different paths.
 */
public final class SiteOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Map<String, OutputFile> written = new ConcurrentHashMap<>();
    private boolean committed;

    private SiteOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Opens a staging folder for a site that will replace {@code target}. */
    public static SiteOutput stage(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // A temporary folder is private (700); the published site must be readable by a web server.
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return new SiteOutput(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder next to " + absolute, e);
        }
    }

    /** Writes UTF-8 text. */
    public void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes bytes to {@code path} (forward slashes, relative to the site root). */
    public void write(String path, byte[] bytes) {
        write(path, bytes, bytes.length);
    }

    /** Writes the first {@code length} of {@code bytes} to {@code path}: a buffer need not be copied to size. */
    public void write(String path, byte[] bytes, int length) {
        Path file = resolve(path);
        OutputFile record = new OutputFile(path, length, sha256(bytes, length));
        if (written.putIfAbsent(path, record) != null) {
            throw new IllegalStateException("two outputs claim the same path: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes, 0, length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Opens {@code path} for writing a file too large to hold in memory at once; the file is
     * listed (size, SHA-256) when the stream is closed.
     */
    public OutputStream open(String path) {
        Path file = resolve(path);
        if (written.containsKey(path)) {
            throw new IllegalStateException("two outputs claim the same path: " + path);
        }
        MessageDigest digest = newDigest();
        try {
            Files.createDirectories(file.getParent());
            return new FilterOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                private long size;
                private boolean closed;

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    digest.update((byte) b);
                    size++;
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    digest.update(bytes, offset, length);
                    size += length;
                }

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    super.close();
                    if (written.putIfAbsent(path, new OutputFile(path, size, hex(digest))) != null) {
                        throw new IllegalStateException("two outputs claim the same path: " + path);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Copies a file into the site. */
    public void copy(String path, Path source) {
        try {
            write(path, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** Every file written so far, sorted by path. */
    public List<OutputFile> files() {
        List<OutputFile> files = new ArrayList<>(written.values());
        files.sort(Comparator.comparing(OutputFile::path));
        return files;
    }

    public boolean contains(String path) {
        return written.containsKey(path);
    }

    /** Replaces the target folder with the staged site. */
    public void commit() {
        Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
        try {
            deleteTree(previous);
            boolean hadPrevious = Files.exists(target);
            if (hadPrevious) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (hadPrevious) {
                    Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
            committed = true;
            deleteTree(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + target, e);
        }
    }

    /** Deletes the staging folder unless the site was committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the staging folder " + staging, e);
            }
        }
    }

    private Path resolve(String path) {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || path.startsWith("/")) {
            throw new IllegalArgumentException("output path escapes the site: " + path);
        }
        return file;
    }

    private static String sha256(byte[] bytes, int length) {
        MessageDigest digest = newDigest();
        digest.update(bytes, 0, length);
        return hex(digest);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
