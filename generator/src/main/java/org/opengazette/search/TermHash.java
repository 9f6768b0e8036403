package org.opengazette.search;

/**
 * 32-bit FNV-1a over the UTF-16 code units of a term: decides which shard file holds the term.
 * {@code search-engine.js} ({@code termHash}) computes the same value with {@code Math.imul}.
 */
public final class TermHash {
    private TermHash() {
    }

    /** The hash as an unsigned value in an int. */
    public static int of(String term) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            hash ^= term.charAt(i);
            hash *= 16777619;
        }
        return hash;
    }

    /** The shard of {@code term} among {@code shards}. */
    public static int shard(String term, int shards) {
        return Integer.remainderUnsigned(of(term), shards);
    }
}
