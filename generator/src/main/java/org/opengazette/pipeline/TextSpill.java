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
import java.util.concurrent.atomic.AtomicLong;
import org.opengazette.model.BodyText;
import org.opengazette.model.structure.Structure;
import org.opengazette.model.structure.StructureParser;
import org.opengazette.render.RecentlyUsed;

/**
 * Texts kept in a temporary file for the length of one build, so that the build holds in memory
 * only where each one is: a stage puts texts as it makes them (from any thread) and a later stage
 * reads them back when it needs them. The file is deleted when the spill is closed (or, failing
 * that, when the process ends normally).
 */
final class TextSpill implements AutoCloseable {
    /**
     * How many structures of kept bodies stay parsed, the least recently used dropped first: a
     * document's pages, and the documents a body cites, use the same ones again soon after.
     */
    private static final int RECENT_STRUCTURES = 2048;

    private final FileChannel file;
    private final AtomicLong end = new AtomicLong();
    private final Map<Slot, Structure> structures = RecentlyUsed.map(RECENT_STRUCTURES);

    /** Where texts put together are in the file: from {@code position}, their UTF-8 lengths in order. */
    record Slot(long position, int[] lengths) {}

    private TextSpill(FileChannel file) {
        this.file = file;
    }

    /** A new, empty spill in the system's temporary folder, its file named {@code gazette-<name>-…}. */
    static TextSpill create(String name) {
        try {
            Path path = Files.createTempFile("gazette-" + name + "-", ".bin");
            return new TextSpill(FileChannel.open(
                    path, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the build's " + name, e);
        }
    }

    /** Keeps {@code texts}; returns where they are. */
    Slot put(String... texts) {
        byte[][] encoded = new byte[texts.length][];
        int[] lengths = new int[texts.length];
        int total = 0;
        for (int i = 0; i < texts.length; i++) {
            encoded[i] = texts[i].getBytes(StandardCharsets.UTF_8);
            lengths[i] = encoded[i].length;
            total += lengths[i];
        }
        ByteBuffer bytes = ByteBuffer.allocate(total);
        for (byte[] text : encoded) {
            bytes.put(text);
        }
        bytes.flip();
        long position = end.getAndAdd(total);
        try {
            while (bytes.hasRemaining()) {
                file.write(bytes, position + bytes.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to a temporary file of the build", e);
        }
        return new Slot(position, lengths);
    }

    /** The text put {@code index}-th at {@code slot} (0 for the first), read alone. */
    String read(Slot slot, int index) {
        long from = slot.position();
        for (int i = 0; i < index; i++) {
            from += slot.lengths()[i];
        }
        ByteBuffer bytes = ByteBuffer.allocate(slot.lengths()[index]);
        try {
            while (bytes.hasRemaining()) {
                if (file.read(bytes, from + bytes.position()) < 0) {
                    throw new IOException("the file ends at " + (from + bytes.position()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read from a temporary file of the build", e);
        }
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    /**
     * Keeps {@code markdown} as a version's body, read from here whenever it is needed; its
     * structure is parsed when needed and kept among the most recently used.
     */
    BodyText keep(String markdown) {
        Slot slot = put(markdown);
        return BodyText.stored(() -> read(slot, 0), () -> structure(slot));
    }

    private Structure structure(Slot slot) {
        Structure structure = structures.get(slot);
        if (structure == null) {
            structure = StructureParser.parse(read(slot, 0));
            structures.put(slot, structure);
        }
        return structure;
    }

    /** Deletes the file. */
    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a temporary file of the build", e);
        }
    }
}
