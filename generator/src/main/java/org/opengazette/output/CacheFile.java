package org.opengazette.output;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of the build caches: written to a temporary file and moved into place at once (a
 * reader never sees half a file, and builds of two processes may write the same file), read as
 * data streams, with texts of any length.
 */
public final class CacheFile {
    private CacheFile() {}

    /** What goes into a cache file. */
    public interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** Writes {@code file} (and its folder) with {@code content}, replacing it at once. */
    public static void write(Path file, Content content) {
        Path temporary = file.resolveSibling(
                file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out =
                    new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                content.writeTo(out);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build cache file " + file, e);
        }
    }

    /** Opens {@code file} for reading. */
    public static DataInputStream open(Path file) throws IOException {
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
    }

    /** Writes a text of any length (its UTF-8 length, then its bytes). */
    public static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a text written by {@link #writeText}. */
    public static String readText(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Writes a text or null. */
    public static void writeOptional(DataOutputStream out, String text) throws IOException {
        out.writeBoolean(text != null);
        if (text != null) {
            writeText(out, text);
        }
    }

    /** Reads a text or null written by {@link #writeOptional}. */
    public static String readOptional(DataInputStream in) throws IOException {
        return in.readBoolean() ? readText(in) : null;
    }

    /**
     * Deletes the files {@code <name>.bin} of {@code folder} whose names are not in {@code kept}
     * (what a cache no longer uses); a file that cannot be deleted only takes room.
     */
    public static void deleteAllBut(Path folder, Set<String> kept) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".bin") && !kept.contains(name.substring(0, name.length() - 4))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // what is left only takes room; nothing lists it
        }
    }
}
