package org.opengazette.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive claim on a site folder for the time of one build: a lock held by the operating
 * system on the file {@code .<name>.lock} beside the folder, so it ends with the process that
 * holds it, even a killed one. The file says who holds it (process id, host, start time) for
 * the message a second build gets. Only the holder may stage, publish or clear leftovers of
 * that folder ({@link SiteOutput#stage(OutputLock, java.util.Map, boolean)}).
 */
public final class OutputLock implements AutoCloseable {
    /**
     * Lock files held by this process. A second channel on a held lock file must not even be
     * opened: closing it would release the process's operating-system lock on the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path target;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path target, Path file, FileChannel channel, FileLock lock) {
        this.target = target;
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Claims {@code target} (created's parent folder included), or throws {@link OutputBusy} at
     * once when another build, in this process or another, holds it.
     */
    public static OutputLock acquire(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
        if (!HELD.add(file)) {
            throw new OutputBusy(absolute, "pid " + ProcessHandle.current().pid() + ", this process");
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(absolute.getParent());
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                HELD.remove(file);
                throw new OutputBusy(absolute, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(description().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new OutputLock(absolute, file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(file);
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    /** The site folder this lock claims (absolute, normalised). */
    public Path target() {
        return target;
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + target, e);
        } finally {
            HELD.remove(file);
        }
    }

    private static String holder(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    private static String description() {
        ProcessHandle self = ProcessHandle.current();
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        return "pid " + self.pid() + (host.isEmpty() ? "" : " on " + host) + ", since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the IOException being reported says more
            }
        }
    }

    /** Another build holds the site folder. */
    public static final class OutputBusy extends RuntimeException {
        private final transient Path target;
        private final String holder;

        OutputBusy(Path target, String holder) {
            super("another build is writing " + target + (holder.isEmpty() ? "" : " (" + holder + ")"));
            this.target = target;
            this.holder = holder;
        }

        /** The folder that is being built. */
        public Path target() {
            return target;
        }

        /** Who holds it, as written by that build: {@code pid 1234 on host, since 2026-12-02T01:00:00Z}. */
        public String holder() {
            return holder;
        }
    }
}
