package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 */
final class TermExport {
    /** Postings up to this size go inline in the dictionary entry. */
    static final int INLINE_POSTINGS = 64;
    /** Positions up to this size go inline in the dictionary entry. */
    static final int INLINE_POSITIONS = 32;
    /** Aimed-at size of a bucket. */
    static final int BUCKET_BYTES = 384;

    /** One field of one term: inline bytes, or an offset (+1) into the shared file. */
    private record FieldEntry(int field, int docFreq, int postingsLength, long postingsOffset, byte[] postings,
                              int positionsLength, long positionsOffset, byte[] positions) {
    }

    private final Map<String, List<FieldEntry>> entries = new HashMap<>();
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
     * One term of one field in one segment: its postings split into the first document (global
     * doc id) and the encoded rest, so that the segments' postings can be joined.
     */
    private record SegmentTerm(BytesRef term, int docFreq, int firstDoc, int firstFreq, byte[] rest, int lastDoc,
                               byte[] positions) {
    }

    /** A field's terms in one segment, whose first document has the global id {@code docBase}. */
    private record Part(Terms terms, int docBase) {
    }

    /**
     * Exports {@code fields} of {@code reader} (in order: their field numbers); returns the number
     * of buckets. A field found in {@code inverted} is read from those parts (one per segment, in
     * order, straight from their arrays) instead of the index, which holds the same postings. Each
     * segment of each other field is read by its own task; the segments of a field are then joined
     * term by term.
     *
     * @param withPositions which of the fields carry positions
     */
    static int write(IndexReader reader, List<String> fields, List<Boolean> withPositions,
                     Map<String, List<InvertedField>> inverted, SiteOutput output, String folder) throws IOException {
        List<InvertedField> all = inverted.values().stream().flatMap(List::stream).toList();
        TermExport export = new TermExport(all.stream().mapToLong(part -> part.docs().length).sum(),
                all.stream().mapToLong(part -> part.positions().length).sum());
        List<List<List<SegmentTerm>>> read = IntStream.range(0, fields.size()).boxed().parallel()
                .map(field -> inverted.containsKey(fields.get(field)) ? List.<List<SegmentTerm>>of()
                        : parts(reader, fields.get(field)).parallelStream()
                                .map(part -> readSegment(part, withPositions.get(field))).toList())
                .toList();
        for (int field = 0; field < fields.size(); field++) {
            List<InvertedField> parts = inverted.get(fields.get(field));
            if (parts != null) {
                if (parts.stream().mapToInt(InvertedField::maxDoc).sum() != reader.maxDoc()) {
                    throw new IllegalArgumentException("the inverted " + fields.get(field) + " does not cover the index");
                }
                export.join(field, parts);
            } else {
                export.joinSegments(field, read.get(field));
            }
        }
        export.postingsFile.writeTo(output, folder + "postings.bin");
        export.positionsFile.writeTo(output, folder + "positions.bin");
        return export.writeBuckets(output, folder);
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
     * order) into dictionary entries, encoding postings and positions straight from their arrays.
     */
    private void join(int field, List<InvertedField> parts) {
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
                if (ord[i] < parts.get(i).size() && (first < 0 || compare(parts.get(i), ord[i], parts.get(first), ord[first]) < 0)) {
                    first = i;
                }
            }
            if (first < 0) {
                return;
            }
            InvertedField lead = parts.get(first);
            int leadOrd = ord[first];
            String term = new String(lead.termBytes(), lead.termStart()[leadOrd],
                    lead.termStart()[leadOrd + 1] - lead.termStart()[leadOrd], StandardCharsets.UTF_8);
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
                int position = part.positionStart()[r];
                for (int p = part.postingStart()[r]; p < part.postingStart()[r + 1]; p++) {
                    int doc = docBase[i] + part.docs()[p];
                    int freq = part.freqs()[p];
                    encode(postings, doc - previous, freq);
                    previous = doc;
                    int last = 0;
                    for (int k = 0; k < freq; k++) {
                        int at = part.positions()[position++];
                        positions.varint(at - last);
                        last = at;
                    }
                }
                docFreq += part.postingStart()[r + 1] - part.postingStart()[r];
            }
            add(field, term, docFreq, postings, positions);
        }
    }

    /** Compares term {@code a} of part {@code x} with term {@code b} of part {@code y}, as Lucene orders terms. */
    private static int compare(InvertedField x, int a, InvertedField y, int b) {
        return Arrays.compareUnsigned(x.termBytes(), x.termStart()[a], x.termStart()[a + 1], y.termBytes(),
                y.termStart()[b], y.termStart()[b + 1]);
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
    private static SegmentTerm readTerm(BytesRef term, int docFreq, PostingsEnum postings, int docBase,
                                        boolean positions, ByteSink rest, ByteSink positionsSink) throws IOException {
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
        return new SegmentTerm(BytesRef.deepCopyOf(term), docFreq, first, firstFreq, rest.toByteArray(), previous,
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

    /** Joins the segments' terms of one field (each list in term order) into dictionary entries. */
    private void joinSegments(int field, List<List<SegmentTerm>> segments) {
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
                if (cursor[s] < segments.get(s).size() && segments.get(s).get(cursor[s]).term().equals(next)) {
                    SegmentTerm part = segments.get(s).get(cursor[s]++);
                    encode(postings, part.firstDoc() - previous, part.firstFreq());
                    postings.raw(part.rest(), 0, part.rest().length);
                    positions.raw(part.positions(), 0, part.positions().length);
                    docFreq += part.docFreq();
                    previous = part.lastDoc();
                }
            }
            add(field, next.utf8ToString(), docFreq, postings, positions);
        }
    }

    private void add(int field, String term, int docFreq, ByteSink postings, ByteSink positionsSink) {
        long postingsOffset = 0;
        byte[] inlinePostings = null;
        if (postings.size() > INLINE_POSTINGS) {
            postingsOffset = postingsFile.size() + 1L;
            postingsFile.raw(postings);
        } else {
            inlinePostings = postings.toByteArray();
        }
        long positionsOffset = 0;
        byte[] inlinePositions = null;
        if (positionsSink.size() > INLINE_POSITIONS) {
            positionsOffset = positionsFile.size() + 1L;
            positionsFile.raw(positionsSink);
        } else if (positionsSink.size() > 0) {
            inlinePositions = positionsSink.toByteArray();
        }
        entries.computeIfAbsent(term, k -> new ArrayList<>(2)).add(new FieldEntry(field, docFreq, postings.size(),
                postingsOffset, inlinePostings, positionsSink.size(), positionsOffset, inlinePositions));
    }

    private int writeBuckets(SiteOutput output, String folder) {
        long size = 0;
        for (Map.Entry<String, List<FieldEntry>> entry : entries.entrySet()) {
            size += entry.getKey().length() * 3L + 2;
            for (FieldEntry field : entry.getValue()) {
                size += 8 + (field.postings() == null ? 0 : field.postings().length)
                        + (field.positions() == null ? 0 : field.positions().length);
            }
        }
        int buckets = 1;
        while (buckets < size / BUCKET_BYTES && buckets < (1 << 24)) {
            buckets <<= 1;
        }
        List<List<Map.Entry<String, List<FieldEntry>>>> byBucket = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            byBucket.add(new ArrayList<>());
        }
        for (Map.Entry<String, List<FieldEntry>> entry : entries.entrySet()) {
            byBucket.get(TermHash.shard(entry.getKey(), buckets)).add(entry);
        }
        ByteSink terms = new ByteSink((int) Math.min(Integer.MAX_VALUE - 16, size + buckets * 2L));
        byte[] index = new byte[4 * (buckets + 1)];
        for (int bucket = 0; bucket < buckets; bucket++) {
            putInt(index, 4 * bucket, terms.size());
            List<Map.Entry<String, List<FieldEntry>>> members = byBucket.get(bucket);
            members.sort(Map.Entry.comparingByKey());
            terms.varint(members.size());
            for (Map.Entry<String, List<FieldEntry>> member : members) {
                List<FieldEntry> fields = member.getValue();
                terms.string(member.getKey()).varint(fields.size());
                for (FieldEntry field : fields) {
                    terms.varint(field.field()).varint(field.docFreq()).varint(field.postingsLength())
                            .varint(field.postingsOffset());
                    if (field.postingsOffset() == 0) {
                        terms.raw(field.postings(), 0, field.postings().length);
                    }
                    terms.varint(field.positionsLength());
                    if (field.positionsLength() > 0) {
                        terms.varint(field.positionsOffset());
                        if (field.positionsOffset() == 0) {
                            terms.raw(field.positions(), 0, field.positions().length);
                        }
                    }
                }
            }
        }
        putInt(index, 4 * buckets, terms.size());
        output.write(folder + "terms.idx", index);
        terms.writeTo(output, folder + "terms.bin");
        return buckets;
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
