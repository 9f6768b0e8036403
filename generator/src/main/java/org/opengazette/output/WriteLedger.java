package org.opengazette.output;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint of the model each file of a site was made from, kept in {@code .<name>.written}
 * beside the site folder, for the next build in another process: a file whose model has the
 * fingerprint recorded for it is linked from the previous site (when the site's manifest still
 * lists the same bytes) instead of being made again. A ledger is read only when it was written
 * with the same settings (generator, site config, theme, as-of date); an out-of-date entry can
 * only cost a render, never a wrong file, since an entry names the bytes its model made.
 */
public final class WriteLedger {
    private static final int FORMAT = 1;
    private static final WriteLedger NONE = new WriteLedger(null, "", Map.of());

    private final Path file;
    private final String settings;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> next = new ConcurrentHashMap<>();

    /** What one file was made from: the fingerprint of its model, and the file written. */
    record Entry(String fingerprint, OutputFile file) {}

    private WriteLedger(Path file, String settings, Map<String, Entry> previous) {
        this.file = file;
        this.settings = settings;
        this.previous = previous;
    }

    /** A ledger that remembers nothing and is never saved. */
    public static WriteLedger none() {
        return NONE;
    }

    /**
     * The ledger of the site at {@code site}, as the last build with {@code settings} left it (empty
     * when there is none, it is unreadable or was written with other settings).
     */
    public static WriteLedger open(Path site, String settings) {
        Path absolute = site.toAbsolutePath().normalize();
        Path file = absolute.resolveSibling("." + absolute.getFileName() + ".written");
        return new WriteLedger(file, settings, read(file, settings));
    }

    /** True when this ledger records and saves (it is not {@link #none()}). */
    boolean enabled() {
        return file != null;
    }

    /** What the previous build recorded for {@code path}, or null. */
    Entry previous(String path) {
        return previous.get(path);
    }

    /** Records that {@code written} was made from a model with {@code fingerprint}. */
    void record(String fingerprint, OutputFile written) {
        if (enabled()) {
            next.put(written.path(), new Entry(fingerprint, written));
        }
    }

    /** Writes what this build recorded (replacing the file at once), after the site was published. */
    public void save() {
        if (!enabled()) {
            return;
        }
        CacheFile.write(file, out -> {
            out.writeInt(FORMAT);
            out.writeUTF(settings);
            Map<String, Entry> sorted = new TreeMap<>(next);
            out.writeInt(sorted.size());
            for (Entry entry : sorted.values()) {
                out.writeUTF(entry.file().path());
                out.writeUTF(entry.fingerprint());
                out.writeLong(entry.file().size());
                out.writeUTF(entry.file().sha256());
            }
        });
    }

    private static Map<String, Entry> read(Path file, String settings) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = CacheFile.open(file)) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(settings)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new ConcurrentHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                String fingerprint = in.readUTF();
                long size = in.readLong();
                String sha256 = in.readUTF();
                entries.put(path, new Entry(fingerprint, new OutputFile(path, size, sha256)));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
