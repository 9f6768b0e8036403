package org.opengazette.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rendered PDFs kept between builds in a folder, one file per cache key:
 * {@code <folder>/<first two hex digits>/<key>.pdf}; and stamped PDFs (a layout with its
 * {@link PdfStamp}), one per page of the site, {@code <folder>/stamped/<hash of the site
 * path>/<key>.pdf}, the previous stamp of that page deleted when a new one is kept, so that the
 * folder does not grow by a site's PDFs every day. Writes go to a temporary file that is then
 * moved into place, so concurrent builds and interrupted writes never leave a partial entry; an
 * entry that does not look like a whole PDF is ignored (and rewritten). Entries are never
 * deleted: remove the folder to reclaim space. Thread-safe.
 */
final class PdfCache {
    private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TRAILER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;

    PdfCache(Path folder) {
        this.folder = folder;
    }

    Optional<byte[]> read(String key) {
        return read(file(key));
    }

    private static Optional<byte[]> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return looksWhole(bytes) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void write(String key, byte[] bytes) throws IOException {
        write(file(key), key, bytes);
    }

    private static void write(Path file, String key, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), key, ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    Optional<byte[]> readStamped(String sitePath, String key) {
        return read(stampedFolder(sitePath).resolve(key + ".pdf"));
    }

    void writeStamped(String sitePath, String key, byte[] bytes) throws IOException {
        Path folder = stampedFolder(sitePath);
        Path file = folder.resolve(key + ".pdf");
        write(file, key, bytes);
        try (Stream<Path> kept = Files.list(folder)) {
            for (Path other : kept.filter(p -> !p.equals(file) && p.toString().endsWith(".pdf"))
                    .toList()) {
                Files.deleteIfExists(other);
            }
        }
    }

    private Path stampedFolder(String sitePath) {
        String hash = HexFormat.of().formatHex(PdfFonts.sha256().digest(sitePath.getBytes(StandardCharsets.UTF_8)));
        return folder.resolve("stamped").resolve(hash.substring(0, 2)).resolve(hash);
    }

    Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".pdf");
    }

    /** Starts with {@code %PDF-} and ends with {@code %%EOF} (and at most a line end). */
    static boolean looksWhole(byte[] bytes) {
        if (bytes.length < HEADER.length + TRAILER.length
                || !Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length)) {
            return false;
        }
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return end >= TRAILER.length && Arrays.equals(bytes, end - TRAILER.length, end, TRAILER, 0, TRAILER.length);
    }
}
