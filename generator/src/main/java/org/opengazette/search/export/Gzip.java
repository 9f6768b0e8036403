package org.opengazette.search.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * gzip members for the export's small files read whole ({@code facets.bin}, {@code dates.bin});
 * the browser inflates them with the standard {@code DecompressionStream("gzip")}. Java writes a
 * fixed header (no name, mtime 0), so the bytes depend on the content only.
 */
final class Gzip {
    private Gzip() {}

    static byte[] of(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
