package org.opengazette.search;

import java.util.Arrays;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * One inverted text field of a run of documents (made by {@link FieldInversion}), in flat arrays,
 * readable as Lucene {@link Terms} and norms so that an index writer can write it as a segment's
 * postings ({@link WithInvertedField}).
 *
 * <p>Term r (in Lucene's order: unsigned UTF-8 bytes) is {@code termBytes[termStart[r],
 * termStart[r + 1])}; its postings are entries {@code [postingStart[r], postingStart[r + 1])} of
 * {@code docs} and {@code freqs}, document ids ascending; its positions are {@code
 * [positionStart[r], positionStart[r + 1])} of {@code positions}, per posting in order, {@code
 * freq} of them, ascending.
 *
 * @param name          the field
 * @param maxDoc        the number of documents
 * @param docCount      the documents with at least one token
 * @param norms         Lucene's norm per document (0 for a document without tokens)
 */
record InvertedField(
        String name,
        int maxDoc,
        byte[] termBytes,
        int[] termStart,
        int[] postingStart,
        int[] docs,
        int[] freqs,
        int[] positionStart,
        int[] positions,
        long[] norms,
        int docCount) {

    /** The number of distinct terms. */
    int size() {
        return termStart.length - 1;
    }

    /** The field's terms, as Lucene reads them. */
    Terms terms() {
        return new Terms() {
            @Override
            public TermsEnum iterator() {
                return new Enum();
            }

            @Override
            public long size() {
                return InvertedField.this.size();
            }

            @Override
            public long getSumTotalTermFreq() {
                return positions.length;
            }

            @Override
            public long getSumDocFreq() {
                return docs.length;
            }

            @Override
            public int getDocCount() {
                return docCount;
            }

            @Override
            public boolean hasFreqs() {
                return true;
            }

            @Override
            public boolean hasOffsets() {
                return false;
            }

            @Override
            public boolean hasPositions() {
                return true;
            }

            @Override
            public boolean hasPayloads() {
                return false;
            }
        };
    }

    /** The norms, as Lucene reads them: a value for every document. */
    NumericDocValues normValues() {
        return new NumericDocValues() {
            private int doc = -1;

            @Override
            public long longValue() {
                return norms[doc];
            }

            @Override
            public boolean advanceExact(int target) {
                doc = target;
                return true;
            }

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                doc = target >= maxDoc ? NO_MORE_DOCS : target;
                return doc;
            }

            @Override
            public long cost() {
                return maxDoc;
            }
        };
    }

    /** The terms in order; seeks by binary search. */
    private final class Enum extends BaseTermsEnum {
        private int ord = -1;
        private final BytesRef term = new BytesRef();

        @Override
        public BytesRef next() {
            if (ord + 1 >= size()) {
                ord = size();
                return null;
            }
            return at(++ord);
        }

        private BytesRef at(int r) {
            term.bytes = termBytes;
            term.offset = termStart[r];
            term.length = termStart[r + 1] - termStart[r];
            return term;
        }

        @Override
        public SeekStatus seekCeil(BytesRef text) {
            int low = 0;
            int high = size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = Arrays.compareUnsigned(
                        termBytes,
                        termStart[middle],
                        termStart[middle + 1],
                        text.bytes,
                        text.offset,
                        text.offset + text.length);
                if (order < 0) {
                    low = middle + 1;
                } else if (order > 0) {
                    high = middle - 1;
                } else {
                    ord = middle;
                    at(ord);
                    return SeekStatus.FOUND;
                }
            }
            if (low >= size()) {
                ord = size();
                return SeekStatus.END;
            }
            ord = low;
            at(ord);
            return SeekStatus.NOT_FOUND;
        }

        @Override
        public void seekExact(long target) {
            ord = Math.toIntExact(target);
            at(ord);
        }

        @Override
        public BytesRef term() {
            return term;
        }

        @Override
        public long ord() {
            return ord;
        }

        @Override
        public int docFreq() {
            return postingStart[ord + 1] - postingStart[ord];
        }

        @Override
        public long totalTermFreq() {
            return positionStart[ord + 1] - positionStart[ord];
        }

        @Override
        public PostingsEnum postings(PostingsEnum reuse, int flags) {
            Postings postings =
                    reuse instanceof Postings mine && mine.owner() == InvertedField.this ? mine : new Postings();
            postings.reset(ord);
            return postings;
        }

        @Override
        public ImpactsEnum impacts(int flags) {
            return new SlowImpactsEnum(postings(null, flags));
        }
    }

    /** One term's postings with freqs and positions. */
    private final class Postings extends PostingsEnum {
        private int start;
        private int index;
        private int end;
        private int doc;
        private int cursor;
        private int nextStart;

        InvertedField owner() {
            return InvertedField.this;
        }

        void reset(int ord) {
            start = postingStart[ord];
            index = start - 1;
            end = postingStart[ord + 1];
            doc = -1;
            nextStart = positionStart[ord];
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            if (++index >= end) {
                index = end;
                doc = NO_MORE_DOCS;
                return doc;
            }
            doc = docs[index];
            cursor = nextStart;
            nextStart += freqs[index];
            return doc;
        }

        @Override
        public int advance(int target) {
            int next;
            do {
                next = nextDoc();
            } while (next < target);
            return next;
        }

        @Override
        public int freq() {
            return freqs[index];
        }

        @Override
        public int nextPosition() {
            return positions[cursor++];
        }

        @Override
        public int startOffset() {
            return -1;
        }

        @Override
        public int endOffset() {
            return -1;
        }

        @Override
        public BytesRef getPayload() {
            return null;
        }

        @Override
        public long cost() {
            return end - start;
        }
    }
}
