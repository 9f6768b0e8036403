package org.opengazette.search.index;

import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Lucene's BM25 (k1 = 1.2, b = 0.75, overlaps discounted) with one change that does not alter the
 * formula: idf uses {@link StrictMath#log}, which is fdlibm's {@code log}, the same algorithm V8
 * uses for {@code Math.log}. {@link Math#log} may be a CPU intrinsic that differs in the last bit;
 * with fdlibm on both sides the browser reproduces every score bit for bit.
 */
public final class GazetteSimilarity extends BM25Similarity {
    /** k1, the term-frequency saturation. */
    public static final float K1 = 1.2f;
    /** b, the length normalisation. */
    public static final float B = 0.75f;

    public GazetteSimilarity() {
        super(K1, B, true);
    }

    @Override
    protected float idf(long docFreq, long docCount) {
        return (float) StrictMath.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }
}
