package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
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
    static final int BUCKET_BYTES = 384;

    private final ByteSink postingsFile;
    private final ByteSink positionsFile;

    /**
     * The shared files are sized at once for the inverted fields' postings and positions (the
     * varint of nearly every gap takes one or two bytes), rather than grown by doubling.
     *
     * @param postings  how many postings the inverted fields hold
     * @param positions how many positions they hold
     */
    private TermExport(long postings, long positions) {
        postingsFile = new ByteSink(capacity(2 * postings));
        positionsFile = new ByteSink(capacity(2 * positions));
    }

    private static int capacity(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE - 16, bytes + (1 << 20));
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
        /** Per term, what the entry adds to the dictionary's estimated size (see {@link #buckets}). */
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
     * One term of one field in one segment: its postings split into the first document (global
     * doc id) and the encoded rest, so that the segments' postings can be joined.
     */
    private record SegmentTerm(
            BytesRef term, int docFreq, int firstDoc, int firstFreq, byte[] rest, int lastDoc, byte[] positions) {}

    /** A field's terms in one segment, whose first document has the global id {@code docBase}. */
    private record Part(Terms terms, int docBase) {}

    /**
     * Exports {@code fields} of {@code reader} (in order: their field numbers); returns the number
     * of buckets. A field found in {@code inverted} is read from those parts (one per segment, in
     * order, straight from their arrays) instead of the index, which holds the same postings. Each
     * segment of each other field is read by its own task; the segments of a field are then joined
     * term by term.
     *
     * @param withPositions which of the fields carry positions
     */
    static int write(
            IndexReader reader,
            List<String> fields,
            List<Boolean> withPositions,
            Map<String, List<InvertedField>> inverted,
            SiteOutput output,
            String folder)
            throws IOException {
        List<InvertedField> all =
                inverted.values().stream().flatMap(List::stream).toList();
        TermExport export = new TermExport(
                all.stream().mapToLong(part -> part.docs().length).sum(),
                all.stream().mapToLong(part -> part.positions().length).sum());
        List<List<List<SegmentTerm>>> read = IntStream.range(0, fields.size())
                .boxed()
                .parallel()
                .map(field -> inverted.containsKey(fields.get(field))
                        ? List.<List<SegmentTerm>>of()
                        : parts(reader, fields.get(field)).parallelStream()
                                .map(part -> readSegment(part, withPositions.get(field)))
                                .toList())
                .toList();
        List<FieldEntries> entries = new ArrayList<>();
        for (int field = 0; field < fields.size(); field++) {
            FieldEntries entry = new FieldEntries();
            List<InvertedField> parts = inverted.get(fields.get(field));
            if (parts != null) {
                if (parts.stream().mapToInt(InvertedField::maxDoc).sum() != reader.maxDoc()) {
                    throw new IllegalArgumentException(
                            "the inverted " + fields.get(field) + " does not cover the index");
                }
                export.join(field, parts, entry);
            } else {
                export.joinSegments(field, read.get(field), entry);
            }
            entries.add(entry);
        }
        export.postingsFile.writeTo(output, folder + "postings.bin");
        export.positionsFile.writeTo(output, folder + "positions.bin");
        return writeBuckets(entries, output, folder);
    }

    private static List<Part> parts(IndexReader reader, String name) {
        List<Part> parts = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            try {
                parts.add(new Part(leaf.reader().terms(name), leaf.docBase));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the search index back", e);
            }
        }
        return parts;
    }

    /**
     * Joins the parts of an inverted field (consecutive runs of documents, each with its terms in
     * order) into its entries, encoding postings and positions straight from their arrays.
     */
    private void join(int field, List<InvertedField> parts, FieldEntries entries) {
        int[] ord = new int[parts.size()];
        int[] docBase = new int[parts.size()];
        for (int i = 1; i < parts.size(); i++) {
            docBase[i] = docBase[i - 1] + parts.get(i - 1).maxDoc();
        }
        ByteSink postings = new ByteSink(1 << 16);
        ByteSink positions = new ByteSink(1 << 16);
        while (true) {
            int first = -1;
            for (int i = 0; i < parts.size(); i++) {
                if (ord[i] < parts.get(i).size()
                        && (first < 0 || compare(parts.get(i), ord[i], parts.get(first), ord[first]) < 0)) {
                    first = i;
                }
            }
            if (first < 0) {
                return;
            }
            InvertedField lead = parts.get(first);
            int leadOrd = ord[first];
            postings.clear();
            positions.clear();
            int docFreq = 0;
            int previous = -1;
            for (int i = first; i < parts.size(); i++) {
                InvertedField part = parts.get(i);
                if (ord[i] >= part.size() || (i != first && compare(part, ord[i], lead, leadOrd) != 0)) {
                    continue;
                }
                int r = ord[i]++;
                previous = encode(part, r, docBase[i], previous, postings, positions);
                docFreq += part.postingStart()[r + 1] - part.postingStart()[r];
            }
            add(
                    entries,
                    field,
                    lead.termBytes(),
                    lead.termStart()[leadOrd],
                    lead.termStart()[leadOrd + 1],
                    docFreq,
                    postings,
                    positions);
        }
    }

    /**
     * Encodes the postings and positions of term {@code r} of {@code part}, whose first document is
     * {@code docBase}, after a document {@code previous}; returns the last document. The varints
     * are written straight into the sinks' arrays: at most 10 bytes a posting, 5 a position.
     */
    private static int encode(
            InvertedField part, int r, int docBase, int previous, ByteSink postings, ByteSink positions) {
        int[] docs = part.docs();
        int[] freqs = part.freqs();
        int[] at = part.positions();
        int position = part.positionStart()[r];
        int start = part.postingStart()[r];
        int end = part.postingStart()[r + 1];
        int postingsEnd = postings.reserve(10 * (end - start));
        int positionsEnd = positions.reserve(5 * (part.positionStart()[r + 1] - position));
        byte[] postingBytes = postings.bytes();
        byte[] positionBytes = positions.bytes();
        for (int p = start; p < end; p++) {
            int doc = docBase + docs[p];
            int freq = freqs[p];
            long gap = doc - previous;
            postingsEnd = freq == 1
                    ? ByteSink.put(postingBytes, postingsEnd, gap << 1 | 1)
                    : ByteSink.put(postingBytes, ByteSink.put(postingBytes, postingsEnd, gap << 1), freq);
            previous = doc;
            int last = 0;
            for (int k = 0; k < freq; k++) {
                int value = at[position++];
                positionsEnd = ByteSink.put(positionBytes, positionsEnd, value - last);
                last = value;
            }
        }
        postings.advance(postingsEnd);
        positions.advance(positionsEnd);
        return previous;
    }

    /** Compares term {@code a} of part {@code x} with term {@code b} of part {@code y}, as Lucene orders terms. */
    private static int compare(InvertedField x, int a, InvertedField y, int b) {
        return Arrays.compareUnsigned(
                x.termBytes(),
                x.termStart()[a],
                x.termStart()[a + 1],
                y.termBytes(),
                y.termStart()[b],
                y.termStart()[b + 1]);
    }

    private static List<SegmentTerm> readSegment(Part part, boolean positions) {
        List<SegmentTerm> read = new ArrayList<>();
        try {
            Terms terms = part.terms();
            if (terms == null) {
                return read;
            }
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            ByteSink rest = new ByteSink(1 << 16);
            ByteSink positionsSink = new ByteSink(1 << 16);
            BytesRef term;
            while ((term = iterator.next()) != null) {
                postings = iterator.postings(postings, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                read.add(readTerm(term, iterator.docFreq(), postings, part.docBase(), positions, rest, positionsSink));
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index back", e);
        }
    }

    /** One term's postings (and positions) in one segment; a small method the JIT compiles early. */
    private static SegmentTerm readTerm(
            BytesRef term,
            int docFreq,
            PostingsEnum postings,
            int docBase,
            boolean positions,
            ByteSink rest,
            ByteSink positionsSink)
            throws IOException {
        rest.clear();
        positionsSink.clear();
        int first = -1;
        int firstFreq = 0;
        int previous = -1;
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            int global = docBase + doc;
            int freq = positions ? postings.freq() : 1;
            if (first < 0) {
                first = global;
                firstFreq = freq;
            } else {
                encode(rest, global - previous, freq);
            }
            previous = global;
            if (positions) {
                readPositions(postings, freq, positionsSink);
            }
        }
        return new SegmentTerm(
                BytesRef.deepCopyOf(term),
                docFreq,
                first,
                firstFreq,
                rest.toByteArray(),
                previous,
                positionsSink.toByteArray());
    }

    private static void readPositions(PostingsEnum postings, int freq, ByteSink sink) throws IOException {
        int last = 0;
        for (int i = 0; i < freq; i++) {
            int position = postings.nextPosition();
            sink.varint(position - last);
            last = position;
        }
    }

    /** One posting: {@code gap << 1 | (freq == 1 ? 1 : 0)}, then freq unless it is 1. */
    private static void encode(ByteSink sink, long gap, int freq) {
        if (freq == 1) {
            sink.varint(gap << 1 | 1);
        } else {
            sink.varint(gap << 1).varint(freq);
        }
    }

    /** Joins the segments' terms of one field (each list in term order) into its entries. */
    private void joinSegments(int field, List<List<SegmentTerm>> segments, FieldEntries entries) {
        int[] cursor = new int[segments.size()];
        ByteSink postings = new ByteSink(1 << 16);
        ByteSink positions = new ByteSink(1 << 16);
        while (true) {
            BytesRef next = null;
            for (int s = 0; s < segments.size(); s++) {
                if (cursor[s] < segments.get(s).size()) {
                    BytesRef term = segments.get(s).get(cursor[s]).term();
                    if (next == null || term.compareTo(next) < 0) {
                        next = term;
                    }
                }
            }
            if (next == null) {
                return;
            }
            postings.clear();
            positions.clear();
            int docFreq = 0;
            int previous = -1;
            for (int s = 0; s < segments.size(); s++) {
                if (cursor[s] < segments.get(s).size()
                        && segments.get(s).get(cursor[s]).term().equals(next)) {
                    SegmentTerm part = segments.get(s).get(cursor[s]++);
                    encode(postings, part.firstDoc() - previous, part.firstFreq());
                    postings.raw(part.rest(), 0, part.rest().length);
                    positions.raw(part.positions(), 0, part.positions().length);
                    docFreq += part.docFreq();
                    previous = part.lastDoc();
                }
            }
            add(entries, field, next.bytes, next.offset, next.offset + next.length, docFreq, postings, positions);
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
            ByteSink postings,
            ByteSink positionsSink) {
        entries.grow();
        int k = entries.size++;
        ByteSink bytes = entries.bytes;
        entries.termStart[k] = bytes.size();
        bytes.raw(term, from, to - from);
        entries.entryStart[k] = bytes.size();
        bytes.varint(field).varint(docFreq).varint(postings.size());
        int estimate = 8;
        if (postings.size() > INLINE_POSTINGS) {
            bytes.varint(postingsFile.size() + 1L);
            postingsFile.raw(postings);
        } else {
            bytes.varint(0).raw(postings);
            estimate += postings.size();
        }
        bytes.varint(positionsSink.size());
        if (positionsSink.size() > INLINE_POSITIONS) {
            bytes.varint(positionsFile.size() + 1L);
            positionsFile.raw(positionsSink);
        } else if (positionsSink.size() > 0) {
            bytes.varint(0).raw(positionsSink);
            estimate += positionsSink.size();
        }
        entries.estimate[k] = estimate;
    }

    /**
     * Merges the fields' entries by term into the dictionary and writes it in buckets; returns the
     * number of buckets: the smallest power of two that keeps the estimated size of a bucket (3
     * bytes a UTF-16 unit of each term, plus 8 bytes and the inline bytes of each of its fields)
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
