package org.opengazette.output;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a site into a staging folder, then {@link #commit()}s it: the staged site takes the
 * previous one's place (see {@link Publication}: by renaming folders, or by swapping a symbolic
 * link, which readers see atomically) and the previous one is deleted. Until the commit the target
 * is untouched; {@link #close()} without a commit deletes the staging folder. Staging needs the
 * folder's {@link OutputLock}, so two builds never write one site, and it first deletes what
 * killed builds left behind. Safe for concurrent writes of different paths.
 *
 * <p>A file whose bytes equal those of the same path in the site it replaces (as listed by that
 * site's manifest, see {@link #stage(OutputLock, Map, boolean)}) is not written again but hard-linked from the
 * previous site: it keeps its modification time, so an rsync or CDN upload sends only what changed.
 */
public final class SiteOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Publication publication;
    private final OutputLock ownLock;
    private final Map<String, OutputFile> written = new ConcurrentHashMap<>();
    private final Map<String, OutputFile> previous;
    private final WriteLedger ledger;
    private final AtomicInteger kept = new AtomicInteger();
    private boolean committed;

    private SiteOutput(
            Path staging,
            Publication publication,
            OutputLock ownLock,
            Map<String, OutputFile> previous,
            WriteLedger ledger) {
        this.target = publication.target();
        this.staging = staging;
        this.publication = publication;
        this.ownLock = ownLock;
        this.previous = previous;
        this.ledger = ledger;
    }

    /**
     * Locks {@code target} for as long as this output is open, and opens a staging folder for a
     * site that will replace it by renaming; throws {@link OutputLock.OutputBusy} when another
     * build holds it.
     */
    public static SiteOutput stage(Path target) {
        OutputLock lock = OutputLock.acquire(target);
        try {
            return open(lock, Map.of(), false, WriteLedger.none(), lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens a staging folder for a site that will replace the locked folder, whose files are
     * {@code previous} (by path): files written with the same bytes are linked from there. With
     * {@code link} (or when the folder is a symbolic link already) the site is published by
     * swapping a link. The caller keeps the lock until this output is closed.
     */
    public static SiteOutput stage(OutputLock lock, Map<String, OutputFile> previous, boolean link) {
        return stage(lock, previous, link, WriteLedger.none());
    }

    /**
     * Like {@link #stage(OutputLock, Map, boolean)}, with the ledger of the previous site: what its
     * files were made from, recorded anew by this build and saved once the site is published.
     */
    public static SiteOutput stage(
            OutputLock lock, Map<String, OutputFile> previous, boolean link, WriteLedger ledger) {
        return open(lock, previous, link, ledger, null);
    }

    private static SiteOutput open(
            OutputLock lock, Map<String, OutputFile> previous, boolean link, WriteLedger ledger, OutputLock ownLock) {
        Publication publication = Publication.of(lock.target(), link);
        try {
            publication.clearLeftovers();
            return new SiteOutput(publication.stage(), publication, ownLock, previous, ledger);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder next to " + lock.target(), e);
        }
    }

    /** Writes UTF-8 text; returns what was written (path, size, SHA-256). */
    public OutputFile write(String path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Links the previous site's file at {@code path} when it is {@code known} (the same size and
     * SHA-256, as its manifest lists it); returns it, or null when the previous site does not hold
     * it (then nothing is written).
     */
    public OutputFile linkPrevious(String path, OutputFile known) {
        if (!known.path().equals(path) || !known.equals(previous.get(path))) {
            return null;
        }
        Path file = resolve(path);
        try {
            Files.createDirectories(file.getParent());
            if (!linkUnchanged(path, known, file)) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        if (written.putIfAbsent(path, known) != null) {
            throw new IllegalStateException("two outputs claim the same path: " + path);
        }
        return known;
    }

    /** The ledger of what this site's files are made from. */
    WriteLedger ledger() {
        return ledger;
    }

    /** Writes bytes to {@code path} (forward slashes, relative to the site root). */
    public OutputFile write(String path, byte[] bytes) {
        return write(path, bytes, bytes.length);
    }

    /** Writes the first {@code length} of {@code bytes} to {@code path}: a buffer need not be copied to size. */
    public OutputFile write(String path, byte[] bytes, int length) {
        Path file = resolve(path);
        OutputFile record = new OutputFile(path, length, sha256(bytes, length));
        if (written.putIfAbsent(path, record) != null) {
            throw new IllegalStateException("two outputs claim the same path: " + path);
        }
        try {
            Files.createDirectories(file.getParent());
            if (linkUnchanged(path, record, file)) {
                return record;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(bytes, 0, length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return record;
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
                    OutputFile record = new OutputFile(path, size, hex(digest));
                    if (written.putIfAbsent(path, record) != null) {
                        throw new IllegalStateException("two outputs claim the same path: " + path);
                    }
                    replaceByLinkIfUnchanged(path, record, file);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Links {@code file} to the previous site's file when {@code record} shows the same bytes;
     * false when there is no such file or the file system cannot link (then the caller writes).
     */
    private boolean linkUnchanged(String path, OutputFile record, Path file) {
        Path old = unchangedPrevious(path, record);
        if (old == null) {
            return false;
        }
        try {
            Files.createLink(file, old);
            kept.incrementAndGet();
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The same as {@link #linkUnchanged} for a file already written: the link takes its place. */
    private void replaceByLinkIfUnchanged(String path, OutputFile record, Path file) throws IOException {
        Path link = file.resolveSibling(file.getFileName() + ".link");
        if (linkUnchanged(path, record, link)) {
            Files.move(link, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * The previous site's file at {@code path} when its listing matches {@code record}'s size and
     * SHA-256; a file the listing leaves out (the manifest itself) is compared by its own hash.
     */
    private Path unchangedPrevious(String path, OutputFile record) {
        OutputFile old = previous.get(path);
        if (old != null && !old.equals(record)) {
            return null;
        }
        Path file = target.resolve(path);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != record.size()) {
                return null;
            }
            return old != null
                            || sha256(Files.readAllBytes(file), (int) record.size())
                                    .equals(record.sha256())
                    ? file
                    : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Carries the previous site's files under {@code prefix} (e.g. {@code search/}) over as they
     * are, without making them again (a preview's quick rebuild keeps the last search index until
     * the next full one).
     */
    public void keepPrevious(String prefix) {
        previous.values().stream()
                .filter(file -> file.path().startsWith(prefix))
                .forEach(file -> {
                    Path staged = resolve(file.path());
                    try {
                        Files.createDirectories(staged.getParent());
                        if (written.putIfAbsent(file.path(), file) != null) {
                            throw new IllegalStateException("two outputs claim the same path: " + file.path());
                        }
                        if (!linkUnchanged(file.path(), file, staged)) {
                            Files.copy(target.resolve(file.path()), staged, StandardCopyOption.COPY_ATTRIBUTES);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot keep " + file.path() + " of the previous site", e);
                    }
                });
    }

    /** How many files were linked unchanged from the previous site rather than written. */
    public int unchanged() {
        return kept.get();
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

    /** Replaces the target folder with the staged site, and deletes the previous one. */
    public void commit() {
        commit(Runnable::run);
    }

    /**
     * Replaces the target folder with the staged site; the previous one is deleted by
     * {@code cleanup} (a preview deletes it on another thread, after the pages reload).
     */
    public void commit(Executor cleanup) {
        try {
            publication.publish(staging, cleanup);
            committed = true;
            ledger.save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the new site into " + target, e);
        }
    }

    /** Deletes the staging folder unless the site was committed, and releases a lock this output took. */
    @Override
    public void close() {
        try {
            if (!committed) {
                Trees.delete(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging folder " + staging, e);
        } finally {
            if (ownLock != null) {
                ownLock.close();
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
}
