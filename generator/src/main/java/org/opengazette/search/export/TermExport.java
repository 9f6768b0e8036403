package org.opengazette.search.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.opengazette.output.SiteOutput;

/**
 * Writes the terms dictionary, postings and positions of the index (format in {@link
 * StaticExport}): {@code terms.idx} and {@code terms.bin} (hash buckets of dictionary entries,
 * each holding a term's document frequency per field and, when tiny, its postings and positions
 * inline), {@code postings.bin} and {@code positions.bin} (everything else, addressed by offset
 * and length so the browser reads exactly the bytes it needs).
 *
 * <p>Each field is encoded on its own, in term order, into a {@link FieldEntries}; the fields'
 * entries are then merged by term (every field's terms come in the same order, Lucene's: unsigned
 * UTF-8 bytes), so each term's dictionary entry is made once, in term order, and a stable
 * counting sort by bucket puts it in its bucket already sorted: no map of all terms, no sorting.
 */
final class TermExport {
    /** Postings up to this size go inline in the dictionary entry. */
    static final int INLINE_POSTINGS = 64;
    /** Positions up to this size go inline in the dictionary entry. */
    static final int INLINE_POSITIONS = 32;
    /** Aimed-at size of a bucket. */
    static final int BUCKET_BYTES = 2048;
    /** Postings a block of frequencies holds, the unit that the browser reads them in. */
    static final int FREQ_BLOCK = 128;

    private final AppendedFile postingsFile;
    private final AppendedFile positionsFile;

    private TermExport(AppendedFile postingsFile, AppendedFile positionsFile) {
        this.postingsFile = postingsFile;
        this.positionsFile = positionsFile;
    }

    /** A file of the site written as it grows, never held: each append says where its bytes start. */
    private static final class AppendedFile implements Closeable {
        private final OutputStream out;
        private long size;

        AppendedFile(SiteOutput output, String path) {
            out = output.open(path);
        }

        /** Appends {@code sink}'s bytes; returns their offset in the file. */
        long append(ByteSink sink) throws IOException {
            long offset = size;
            out.write(sink.bytes(), 0, sink.size());
            size += sink.size();
            return offset;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /**
     * One field's part of the dictionary, term by term in term order: term k is the UTF-8 bytes
     * {@code [termStart[k], entryStart[k])} of {@code bytes}, and its field entry (field number,
     * document frequency, postings and positions, inline or placed) the bytes up to {@code
     * termStart[k + 1]}.
     */
    private static final class FieldEntries {
        final ByteSink bytes = new ByteSink(1 << 16);
        int[] termStart = new int[1024];
        int[] entryStart = new int[1024];
        /** Per term, what the entry adds to the dictionary's estimated size (see {@link #writeBuckets}). */
        int[] estimate = new int[1024];

        int size;

        int end(int term) {
            return term + 1 < size ? termStart[term + 1] : bytes.size();
        }

        void grow() {
            if (size == termStart.length) {
                termStart = Arrays.copyOf(termStart, 2 * size);
                entryStart = Arrays.copyOf(entryStart, 2 * size);
                estimate = Arrays.copyOf(estimate, 2 * size);
            }
        }
    }

    /**
     * Exports {@code fields} of {@code segment}, the one segment of a committed index (null when it
     * is empty), in order: their field numbers; returns the number of buckets.
     *
     * @param withPositions which of the fields carry positions
     */
    static int write(
            LeafReader segment, List<String> fields, List<Boolean> withPositions, SiteOutput output, String folder)
            throws IOException {
        List<FieldEntries> entries = new ArrayList<>();
        try (AppendedFile postingsFile = new AppendedFile(output, folder + "postings.bin");
                AppendedFile positionsFile = new AppendedFile(output, folder + "positions.bin")) {
            TermExport export = new TermExport(postingsFile, positionsFile);
            for (int field = 0; field < fields.size(); field++) {
                FieldEntries entry = new FieldEntries();
                Terms terms = segment == null ? null : segment.terms(fields.get(field));
                if (terms != null) {
                    export.read(field, terms, withPositions.get(field), entry);
                }
                entries.add(entry);
            }
        }
        return writeBuckets(entries, output, folder);
    }

    /** Reads every term of one field, in Lucene's order, into its entries. */
    private void read(int field, Terms terms, boolean withPositions, FieldEntries entries) throws IOException {
        TermsEnum iterator = terms.iterator();
        PostingsEnum postings = null;
        Postings encoded = new Postings();
        ByteSink positionsSink = new ByteSink(1 << 16);
        BytesRef term;
        while ((term = iterator.next()) != null) {
            postings = iterator.postings(postings, withPositions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
            encoded.read(postings, withPositions, positionsSink);
            add(
                    entries,
                    field,
                    term.bytes,
                    term.offset,
                    term.offset + term.length,
                    iterator.docFreq(),
                    iterator.totalTermFreq(),
                    encoded,
                    positionsSink);
        }
    }

    /**
     * One term's postings in a field, encoded (format in {@link StaticExport}): the documents, as
     * gaps or as a bitmap, whichever is smaller; the byte length of each block of {@value
     * #FREQ_BLOCK} frequencies, and of their positions; the frequencies. Reused from term to term.
     */
    private static final class Postings {
        final ByteSink bytes = new ByteSink(1 << 16);
        final ByteSink freqs = new ByteSink(1 << 16);
        private final ByteSink table = new ByteSink(16);
        private final ByteSink positionsTable = new ByteSink(16);
        int[] docs = new int[1024];
        int count;
        /** Where the frequencies start in {@link #bytes}: the documents and the block lengths before. */
        int head;

        /** Reads and encodes the postings (and writes the positions to {@code positionsSink}). */
        void read(PostingsEnum postings, boolean withPositions, ByteSink positionsSink) throws IOException {
            bytes.clear();
            freqs.clear();
            positionsSink.clear();
            table.clear();
            positionsTable.clear();
            count = 0;
            int blockStart = 0;
            int positionsStart = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                int freq = withPositions ? postings.freq() : 1;
                if (count == docs.length) {
                    docs = Arrays.copyOf(docs, 2 * count);
                }
                docs[count++] = doc;
                freqs.varint(freq);
                if (withPositions) {
                    int last = 0;
                    for (int i = 0; i < freq; i++) {
                        int position = postings.nextPosition();
                        positionsSink.varint(position - last);
                        last = position;
                    }
                }
                if (count % FREQ_BLOCK == 0) {
                    table.varint(freqs.size() - blockStart);
                    blockStart = freqs.size();
                    positionsTable.varint(positionsSink.size() - positionsStart);
                    positionsStart = positionsSink.size();
                }
            }
            if (count % FREQ_BLOCK != 0) {
                table.varint(freqs.size() - blockStart);
                positionsTable.varint(positionsSink.size() - positionsStart);
            }
            writeDocs();
            bytes.raw(table);
            if (withPositions) {
                bytes.raw(positionsTable);
            }
            head = bytes.size();
            bytes.raw(freqs);
        }

        private void writeDocs() {
            long gaps = 0;
            for (int i = 0, previous = -1; i < count; previous = docs[i++]) {
                gaps += varintLength(docs[i] - previous);
            }
            int first = docs[0];
            int bitmapBytes = (docs[count - 1] - first) / 8 + 1;
            if (varintLength(first) + varintLength(bitmapBytes) + bitmapBytes < gaps) {
                bytes.varint(1).varint(first).varint(bitmapBytes);
                int at = bytes.reserve(bitmapBytes);
                byte[] array = bytes.bytes();
                Arrays.fill(array, at, at + bitmapBytes, (byte) 0);
                for (int i = 0; i < count; i++) {
                    int bit = docs[i] - first;
                    array[at + bit / 8] |= (byte) (1 << (bit % 8));
                }
                bytes.advance(at + bitmapBytes);
            } else {
                bytes.varint(0);
                for (int i = 0, previous = -1; i < count; previous = docs[i++]) {
                    bytes.varint(docs[i] - previous);
                }
            }
        }

        private static int varintLength(long value) {
            int length = 1;
            while (value >= 0x80) {
                value >>>= 7;
                length++;
            }
            return length;
        }
    }

    /**
     * Adds the field entry of a term, {@code term[from, to)} in UTF-8: postings and positions go
     * inline when small, else to the shared files.
     */
    private void add(
            FieldEntries entries,
            int field,
            byte[] term,
            int from,
            int to,
            int docFreq,
            long total,
            Postings encoded,
            ByteSink positionsSink)
            throws IOException {
        ByteSink postings = encoded.bytes;
        entries.grow();
        int k = entries.size++;
        ByteSink bytes = entries.bytes;
        entries.termStart[k] = bytes.size();
        bytes.raw(term, from, to - from);
        entries.entryStart[k] = bytes.size();
        bytes.varint(field)
                .varint(docFreq)
                .varint(total)
                .varint(postings.size())
                .varint(encoded.head);
        int estimate = 9;
        if (postings.size() > INLINE_POSTINGS) {
            bytes.varint(postingsFile.append(postings) + 1L);
        } else {
            bytes.varint(0).raw(postings);
            estimate += postings.size();
        }
        bytes.varint(positionsSink.size());
        if (positionsSink.size() > INLINE_POSITIONS) {
            bytes.varint(positionsFile.append(positionsSink) + 1L);
        } else if (positionsSink.size() > 0) {
            bytes.varint(0).raw(positionsSink);
            estimate += positionsSink.size();
        }
        entries.estimate[k] = estimate;
    }

    /**
     * Merges the fields' entries by term into the dictionary and writes it in buckets; returns the
     * number of buckets: the smallest power of two that keeps the estimated size of a bucket (3
     * bytes a UTF-16 unit of each term, plus 9 bytes and the inline bytes of each of its fields)
     * at most {@value #BUCKET_BYTES}.
     */
    private static int writeBuckets(List<FieldEntries> fields, SiteOutput output, String folder) {
        int[] cursor = new int[fields.size()];
        int capacity = fields.stream().mapToInt(f -> f.size).sum();
        int[] termHash = new int[capacity];
        int[] termStart = new int[capacity + 1];
        long estimate = 0;
        ByteSink dictionary =
                new ByteSink(fields.stream().mapToInt(f -> f.bytes.size()).sum() + 2 * capacity);
        int terms = 0;
        int[] matching = new int[fields.size()];
        while (true) {
            int first = -1;
            for (int f = 0; f < fields.size(); f++) {
                if (cursor[f] < fields.get(f).size
                        && (first < 0
                                || compareTerms(fields.get(f), cursor[f], fields.get(first), cursor[first]) < 0)) {
                    first = f;
                }
            }
            if (first < 0) {
                break;
            }
            FieldEntries lead = fields.get(first);
            int leadTerm = cursor[first];
            int count = 0;
            for (int f = first; f < fields.size(); f++) {
                if (cursor[f] < fields.get(f).size
                        && (f == first || compareTerms(fields.get(f), cursor[f], lead, leadTerm) == 0)) {
                    matching[count++] = f;
                }
            }
            byte[] leadBytes = lead.bytes.bytes();
            int from = lead.termStart[leadTerm];
            int to = lead.entryStart[leadTerm];
            termStart[terms] = dictionary.size();
            int units = TermHash.utf16Length(leadBytes, from, to);
            termHash[terms] = TermHash.of(leadBytes, from, to);
            terms++;
            dictionary.varint(to - from).raw(leadBytes, from, to - from).varint(count);
            estimate += 3L * units + 2;
            for (int i = 0; i < count; i++) {
                FieldEntries field = fields.get(matching[i]);
                int k = cursor[matching[i]]++;
                dictionary.raw(field.bytes.bytes(), field.entryStart[k], field.end(k) - field.entryStart[k]);
                estimate += field.estimate[k];
            }
        }
        termStart[terms] = dictionary.size();
        int buckets = 1;
        while (buckets < estimate / BUCKET_BYTES && buckets < (1 << 24)) {
            buckets <<= 1;
        }
        // a stable counting sort by bucket: each bucket keeps the terms in term order
        int[] bucketStart = new int[buckets + 1];
        for (int t = 0; t < terms; t++) {
            bucketStart[Integer.remainderUnsigned(termHash[t], buckets) + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        int[] next = Arrays.copyOf(bucketStart, buckets);
        int[] order = new int[terms];
        for (int t = 0; t < terms; t++) {
            order[next[Integer.remainderUnsigned(termHash[t], buckets)]++] = t;
        }
        ByteSink file = new ByteSink(dictionary.size() + 5 * buckets);
        byte[] index = new byte[4 * (buckets + 1)];
        byte[] source = dictionary.bytes();
        for (int b = 0; b < buckets; b++) {
            putInt(index, 4 * b, file.size());
            file.varint(bucketStart[b + 1] - bucketStart[b]);
            for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
                int t = order[i];
                file.raw(source, termStart[t], termStart[t + 1] - termStart[t]);
            }
        }
        putInt(index, 4 * buckets, file.size());
        output.write(folder + "terms.idx", index);
        file.writeTo(output, folder + "terms.bin");
        return buckets;
    }

    /** Compares term {@code a} of {@code x} with term {@code b} of {@code y}, as Lucene orders terms. */
    private static int compareTerms(FieldEntries x, int a, FieldEntries y, int b) {
        return Arrays.compareUnsigned(
                x.bytes.bytes(), x.termStart[a], x.entryStart[a], y.bytes.bytes(), y.termStart[b], y.entryStart[b]);
    }

    /** Little-endian unsigned 32 bits. */
    static void putInt(byte[] bytes, int at, long value) {
        if (value > 0xFFFFFFFFL) {
            throw new IllegalStateException("the search export outgrew 4 GB");
        }
        for (int i = 0; i < 4; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
