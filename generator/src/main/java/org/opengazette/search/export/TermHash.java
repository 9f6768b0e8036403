package org.opengazette.search.export;

/**
 * 32-bit FNV-1a over the UTF-16 code units of a term: decides which dictionary bucket of the export holds the term.
 * {@code search-index.js} ({@code termHash}) computes the same value with {@code Math.imul}.
 */
public final class TermHash {
    private TermHash() {}

    /** The hash as an unsigned value in an int. */
    public static int of(String term) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 16777619;
        }
        return hash;
    }

    /** The hash of the term whose UTF-8 bytes are {@code utf8[from, to)}: the same as {@link #of(String)}. */
    public static int of(byte[] utf8, int from, int to) {
        int hash = 0x811c9dc5;
        for (int i = from; i < to; ) {
            int b = utf8[i] & 0xFF;
            int length = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
            int codePoint = length == 1 ? b : b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                codePoint = codePoint << 6 | (utf8[i + k] & 0x3F);
            }
            i += length;
            if (codePoint < 0x10000) {
                hash = (hash ^ codePoint) * 16777619;
            } else {
                hash = (hash ^ Character.highSurrogate(codePoint)) * 16777619;
                hash = (hash ^ Character.lowSurrogate(codePoint)) * 16777619;
            }
        }
        return hash;
    }

    /** The number of UTF-16 units of the text whose UTF-8 bytes are {@code utf8[from, to)}. */
    public static int utf16Length(byte[] utf8, int from, int to) {
        int units = 0;
        for (int i = from; i < to; i++) {
            int b = utf8[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                units += b >= 0xF0 ? 2 : 1;
            }
        }
        return units;
    }

    /** The shard of {@code term} among {@code shards}. */
    public static int shard(String term, int shards) {
        return Integer.remainderUnsigned(of(term), shards);
    }
}
