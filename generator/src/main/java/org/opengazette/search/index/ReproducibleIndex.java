package org.opengazette.search.index;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The files of a committed Lucene index, made byte-for-byte reproducible. Lucene stamps every
 * commit with random 16-byte ids (of the commit, each segment, each segment commit; repeated in the
 * header of every file, and listed in {@code segments_N} and the {@code .si} files) and each segment
 * with the time it was written and the machine's OS and Java. This class replaces each id with one
 * derived from its role, empties those diagnostics, and recomputes every file's CRC32 footer, so
 * the same records always give the same files. Lucene opens the result
 * as usual (ids still agree across files; checksums verify).
 */
public final class ReproducibleIndex {
    private static final int FOOTER_LENGTH = 16;
    /** Ids sit in the index header of each file (magic, codec name, version, id, suffix). */
    private static final int HEADER_SCAN = 256;
    /** Diagnostics that differ from machine to machine or from run to run. */
    private static final List<String> MACHINE_DIAGNOSTICS =
            List.of("timestamp", "os", "os.arch", "os.version", "java.runtime.version", "java.vendor", "java.version");

    private ReproducibleIndex() {}

    /**
     * Writes each file of the latest commit of {@code directory}, made reproducible, to the stream
     * {@code open} gives for its name (and closes it), in the order of their names. A large file is
     * streamed through a small buffer, never held whole: its ids are in its header, and its
     * checksum is computed as it is copied.
     */
    public static void copy(Directory directory, Function<String, OutputStream> open) {
        try {
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            List<byte[]> ids = new ArrayList<>();
            ids.add(infos.getId());
            for (SegmentCommitInfo commit : infos) {
                ids.add(commit.info.getId());
                if (commit.getId() != null) {
                    ids.add(commit.getId());
                }
            }
            for (String name : new TreeSet<>(infos.files(true))) {
                try (OutputStream out = open.apply(name)) {
                    if (name.endsWith(".si") || name.startsWith("segments")) {
                        byte[] bytes = read(directory, name);
                        for (int i = 0; i < ids.size(); i++) {
                            replaceAll(bytes, bytes.length, ids.get(i), stableId(i));
                        }
                        if (name.endsWith(".si")) {
                            bytes = withoutMachineDiagnostics(bytes);
                        }
                        fixChecksum(bytes);
                        out.write(bytes);
                    } else {
                        copyWithStableIds(directory, name, ids, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index back", e);
        }
    }

    /**
     * Copies one file with the ids in its header replaced and its checksum recomputed, a chunk at
     * a time: the header ({@value #HEADER_SCAN} bytes at most), the rest up to the checksum, then
     * the checksum.
     */
    private static void copyWithStableIds(Directory directory, String name, List<byte[]> ids, OutputStream out)
            throws IOException {
        try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
            long length = in.length();
            if (length < FOOTER_LENGTH) {
                throw new IllegalStateException("not a Lucene file: " + name);
            }
            long checked = length - 8;
            byte[] chunk = new byte[1 << 16];
            int head = (int) Math.min(checked, HEADER_SCAN);
            in.readBytes(chunk, 0, head);
            for (int i = 0; i < ids.size(); i++) {
                replaceAll(chunk, head, ids.get(i), stableId(i));
            }
            CRC32 crc = new CRC32();
            crc.update(chunk, 0, head);
            out.write(chunk, 0, head);
            for (long at = head; at < checked; ) {
                int size = (int) Math.min(chunk.length, checked - at);
                in.readBytes(chunk, 0, size);
                crc.update(chunk, 0, size);
                out.write(chunk, 0, size);
                at += size;
            }
            long value = crc.getValue();
            for (int i = 7; i >= 0; i--) {
                out.write((int) (value >>> (8 * i)));
            }
        }
    }

    private static byte[] read(Directory directory, String name) throws IOException {
        try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
            byte[] bytes = new byte[Math.toIntExact(input.length())];
            input.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }

    private static byte[] stableId(int index) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("opengazette-search-index-" + index).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replaceAll(byte[] bytes, int limit, byte[] from, byte[] to) {
        for (int i = 0; i + from.length <= limit; i++) {
            if (bytes[i] == from[0] && Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, bytes, i, to.length);
                i += from.length - 1;
            }
        }
    }

    /**
     * The {@code .si} file with the diagnostics that depend on the machine or the moment (time,
     * OS, Java) emptied. Layout (Lucene99SegmentInfoFormat): index header; version (3 ints); a
     * byte, then the minimum version (3 ints) if it is 1; max doc (int); compound-file and
     * has-blocks bytes; the diagnostics (a map of strings); the rest, kept as is.
     */
    static byte[] withoutMachineDiagnostics(byte[] bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes);
        in.readInt();
        in.readString();
        in.readInt();
        in.skipBytes(16);
        in.skipBytes(in.readByte() & 0xFF);
        in.skipBytes(12);
        if (in.readByte() == 1) {
            in.skipBytes(12);
        }
        in.skipBytes(6);
        int mapStart = in.getPosition();
        Map<String, String> diagnostics = new TreeMap<>(in.readMapOfStrings());
        int mapEnd = in.getPosition();
        for (String key : MACHINE_DIAGNOSTICS) {
            diagnostics.computeIfPresent(key, (k, v) -> "");
        }
        byte[] map = new byte[mapEnd - mapStart + 64];
        ByteArrayDataOutput out = new ByteArrayDataOutput(map);
        out.writeMapOfStrings(diagnostics);
        byte[] rewritten = new byte[mapStart + out.getPosition() + bytes.length - mapEnd];
        System.arraycopy(bytes, 0, rewritten, 0, mapStart);
        System.arraycopy(map, 0, rewritten, mapStart, out.getPosition());
        System.arraycopy(bytes, mapEnd, rewritten, mapStart + out.getPosition(), bytes.length - mapEnd);
        return rewritten;
    }

    /** Lucene's footer: magic, algorithm id, then the CRC32 of everything before it, big-endian. */
    private static void fixChecksum(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long value = crc.getValue();
        for (int i = 0; i < 8; i++) {
            bytes[bytes.length - 1 - i] = (byte) (value >>> (8 * i));
        }
        if (bytes.length < FOOTER_LENGTH) {
            throw new IllegalStateException("not a Lucene file");
        }
    }
}
