package org.opengazette.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.site.RenderedBodies;

/**
 * Rendered bodies kept in a temporary file for the length of one build, so that the build holds
 * in memory only where each one is: the body stage adds each body as it renders it (from any
 * thread), and the later stages read each when they need it. The file is deleted when the store
 * is closed (or, failing that, when the process ends normally).
 */
final class SpilledBodies implements RenderedBodies, AutoCloseable {
    private final FileChannel file;
    private final AtomicLong end = new AtomicLong();
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** Where one body's bytes are in the file: its HTML's and its text's UTF-8 lengths follow from {@code htmlLength}. */
    private record Slot(long position, int htmlLength, int textLength) {}

    private SpilledBodies(FileChannel file) {
        this.file = file;
    }

    /** A new, empty store in the system's temporary folder. */
    static SpilledBodies create() {
        try {
            Path path = Files.createTempFile("gazette-bodies-", ".bin");
            return new SpilledBodies(FileChannel.open(
                    path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for rendered bodies", e);
        }
    }

    /** Keeps {@code body} as the body rendered from {@code sourcePath}, replacing any kept before. */
    void put(String sourcePath, MarkdownRenderer.Rendered body) {
        byte[] html = body.html().getBytes(StandardCharsets.UTF_8);
        byte[] text = body.text().getBytes(StandardCharsets.UTF_8);
        long position = end.getAndAdd(html.length + (long) text.length);
        ByteBuffer bytes = ByteBuffer.allocate(html.length + text.length)
                .put(html)
                .put(text)
                .flip();
        try {
            while (bytes.hasRemaining()) {
                file.write(bytes, position + bytes.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rendered bodies to a temporary file", e);
        }
        slots.put(sourcePath, new Slot(position, html.length, text.length));
    }

    @Override
    public MarkdownRenderer.Rendered of(String sourcePath) {
        Slot slot = slots.get(sourcePath);
        if (slot == null) {
            return null;
        }
        ByteBuffer bytes = ByteBuffer.allocate(slot.htmlLength() + slot.textLength());
        try {
            while (bytes.hasRemaining()) {
                if (file.read(bytes, slot.position() + bytes.position()) < 0) {
                    throw new IOException("the file ends before the body of " + sourcePath);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rendered bodies from their temporary file", e);
        }
        byte[] array = bytes.array();
        return new MarkdownRenderer.Rendered(
                new String(array, 0, slot.htmlLength(), StandardCharsets.UTF_8),
                new String(array, slot.htmlLength(), slot.textLength(), StandardCharsets.UTF_8));
    }

    /** Deletes the file. */
    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary file of rendered bodies", e);
        }
    }
}
