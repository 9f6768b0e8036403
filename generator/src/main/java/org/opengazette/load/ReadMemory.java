package org.opengazette.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.model.Version;

/**
 * What the last load read from each version file, for the next load with the same site config (a
 * preview's): a file whose size, modification time and identity (inode) are unchanged is not read
 * again, and the problems it had are reported again as they were. Files the last load did not
 * see are forgotten, so the memory does not grow with edits.
 */
public final class ReadMemory {
    private Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private Map<Path, Entry> next = new ConcurrentHashMap<>();

    private record Stamp(long size, FileTime modified, Object fileKey) {}

    private record Entry(Stamp stamp, Optional<Version> version, List<Diagnostic> problems) {}

    /**
     * The version in {@code file} as {@code read} makes it, reporting its problems to {@code
     * diagnostics}; {@code read} gets a collector of its own and runs only when the file changed.
     */
    Optional<Version> read(Path file, Diagnostics diagnostics, Function<Diagnostics, Optional<Version>> read) {
        Stamp stamp = stamp(file);
        Entry entry = entries.get(file);
        if (entry == null || stamp == null || !entry.stamp().equals(stamp)) {
            Diagnostics own = new Diagnostics(diagnostics.messages());
            entry = new Entry(stamp, read.apply(own), own.sorted());
        }
        if (stamp != null) {
            next.put(file, entry);
        }
        diagnostics.addAll(entry.problems());
        return entry.version();
    }

    /** Ends a load: what it read is what the next load may reuse. */
    void endLoad() {
        entries = next;
        next = new ConcurrentHashMap<>();
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(
                    attributes.size(),
                    attributes.lastModifiedTime(),
                    Objects.requireNonNullElse(attributes.fileKey(), file));
        } catch (IOException e) {
            return null;
        }
    }
}
