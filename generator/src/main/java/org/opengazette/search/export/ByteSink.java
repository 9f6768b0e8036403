package org.opengazette.search.export;

import java.util.Arrays;
import org.opengazette.output.SiteOutput;

/** A growable byte array for the export's binary files: unsigned LEB128 varints and raw bytes. */
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
        size = put(bytes, size, value);
        return this;
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

    /** The array that holds the bytes, {@code [0, size())} of it; valid until the next append. */
    byte[] bytes() {
        return bytes;
    }

    /**
     * Makes room for {@code most} more bytes and returns where they go in {@link #bytes()}: for a
     * loop that writes them itself ({@link #put}), then {@link #advance}s the size past them.
     */
    int reserve(int most) {
        ensure(most);
        return size;
    }

    /** Takes the bytes written into {@link #bytes()} up to {@code end} as appended. */
    void advance(int end) {
        if (end < size || end > bytes.length) {
            throw new IllegalArgumentException("cannot advance from " + size + " to " + end);
        }
        size = end;
    }

    /** Writes {@code value} (≥ 0) as a varint at {@code bytes[at]}; returns where it ends. */
    static int put(byte[] bytes, int at, long value) {
        while (value >= 0x80) {
            bytes[at++] = (byte) (value | 0x80);
            value >>>= 7;
        }
        bytes[at++] = (byte) value;
        return at;
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
