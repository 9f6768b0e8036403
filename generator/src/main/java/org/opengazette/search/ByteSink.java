package org.opengazette.search;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.opengazette.output.SiteOutput;

/** A growable byte array for the export's binary files: unsigned LEB128 varints and UTF-8 strings. */
final class ByteSink {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends {@code value} (≥ 0) as an unsigned LEB128 varint: 7 bits a byte, low bits first. */
    ByteSink varint(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        ensure(10);
        while (value >= 0x80) {
            bytes[size++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        bytes[size++] = (byte) value;
        return this;
    }

    ByteSink u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    /** Appends the UTF-8 bytes of {@code text}, preceded by their count as a varint. */
    ByteSink string(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        return raw(utf8, 0, utf8.length);
    }

    ByteSink raw(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
        return this;
    }

    ByteSink raw(ByteSink other) {
        return raw(other.bytes, 0, other.size);
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Writes the bytes to {@code path} of the site without copying them first. */
    void writeTo(SiteOutput output, String path) {
        output.write(path, bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
