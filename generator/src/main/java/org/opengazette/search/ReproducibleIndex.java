package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * The files of a committed Lucene index, made byte-for-byte reproducible. Lucene stamps every
 * commit with random 16-byte ids (of the commit, each segment, each segment commit; repeated in the
 * header of every file, and listed in {@code segments_N} and the {@code .si} files) and each segment
 * with the time it was written. This class replaces each
 * id with one derived from its role, zeroes the digits of the timestamp, and recomputes every
 * file's CRC32 footer, so the same records always give the same files. Lucene opens the result
 * as usual (ids still agree across files; checksums verify).
 */
public final class ReproducibleIndex {
    private static final int FOOTER_LENGTH = 16;
    /** Ids sit in the index header of each file (magic, codec name, version, id, suffix). */
    private static final int HEADER_SCAN = 256;
    private static final byte[] TIMESTAMP = "timestamp".getBytes(StandardCharsets.UTF_8);

    private ReproducibleIndex() {
    }

    /** The files of the latest commit of {@code directory}, by name, made reproducible. */
    public static Map<String, byte[]> files(Directory directory) {
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
            Map<String, byte[]> files = new TreeMap<>();
            for (String name : infos.files(true)) {
                byte[] bytes = read(directory, name);
                boolean whole = name.endsWith(".si") || name.startsWith("segments");
                for (int i = 0; i < ids.size(); i++) {
                    replaceAll(bytes, whole ? bytes.length : Math.min(bytes.length, HEADER_SCAN), ids.get(i), stableId(i));
                }
                if (name.endsWith(".si")) {
                    zeroTimestamp(bytes);
                }
                fixChecksum(bytes);
                files.put(name, bytes);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index back", e);
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

    /** The diagnostics value after the key {@code timestamp}: a length byte, then digits. */
    private static void zeroTimestamp(byte[] bytes) {
        for (int i = 0; i + TIMESTAMP.length + 1 < bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + TIMESTAMP.length, TIMESTAMP, 0, TIMESTAMP.length)) {
                int length = bytes[i + TIMESTAMP.length];
                int start = i + TIMESTAMP.length + 1;
                for (int j = start; j < start + length && j < bytes.length; j++) {
                    if (bytes[j] >= '0' && bytes[j] <= '9') {
                        bytes[j] = '0';
                    }
                }
            }
        }
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
