package org.opengazette.search.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.opengazette.output.SiteOutput;
import org.opengazette.search.index.GazetteSimilarity;
import org.opengazette.search.index.SearchFields;
import org.opengazette.search.index.SearchIndex;
import org.opengazette.search.index.SearchRecord;
import org.opengazette.search.index.SearchTexts;

/**
 * Writes the Lucene index (committed by {@link SearchIndex}) as static files that the browser runtime ({@code search-index.js})
 * reads piece by piece with HTTP Range requests: a query reads the dictionary buckets of its
 * terms, exactly the postings and positions they point to, a few per-document columns, and the
 * record and a stretch of text of each hit it shows. Every number comes from the Lucene index
 * itself (document frequencies, field statistics, norms, postings, positions), so the browser
 * computes Lucene's BM25 scores exactly. A handful of large files rather than thousands of small
 * ones keeps the build fast; a server that ignores Range sends whole files, which still works.
 *
 * <h2>Format 4</h2>
 * Paths are relative to {@code search/index/}. Binary data is a sequence of unsigned LEB128
 * varints (7 bits a byte, low bits first, high bit set on all bytes but the last) and strings (a
 * varint byte count, then UTF-8); tables of offsets are little-endian unsigned 32-bit integers.
 * Documents are numbered by ordinal, the Lucene doc id of the committed index ({@link SearchIndex}).
 * Files marked <em>gz</em> are one gzip member, read whole and inflated with
 * {@code DecompressionStream}.
 *
 * <dl>
 * <dt>{@code meta.json}, the entry point</dt>
 * <dd>{@code format} (4), {@code documents} (N), {@code unigrams} (the fields that also index single
 * Han characters), {@code k1}, {@code b};
 * {@code fields}: the scored text fields in field-number order, each {@code {name, boost,
 * docCount, sumTotalTermFreq, norms}} ({@code norms}: its {@code [start, end)} in {@code
 * norms.bin}) (field number F, one past the last, is {@code number_key}, the
 * exact 发文字号 key: postings only, never scored); the query's constants {@code currentBoost},
 * {@code exactNumberBoost}, {@code titlePhraseBoost}, {@code proximityBoost},
 * {@code proximityTerms}, {@code proximityMaxOccurrences}, {@code straddleRatio}, {@code versionsListed} ({@link SearchFields}, used by
 * {@code search.query.QueryBuilder} and {@code IndexSearch});
 * {@code buckets} (B); {@code minDay} (the epoch day that date code 1 stands for); {@code
 * recordBytes} (R) and {@code opening}, for {@code records.bin}.</dd>
 *
 * <dt>{@code terms.idx}</dt>
 * <dd>B + 1 offsets into {@code terms.bin}: bucket b is bytes [idx[b], idx[b+1]). A term is in
 * bucket FNV-1a(term) mod B ({@link TermHash}).</dd>
 *
 * <dt>{@code terms.bin}</dt>
 * <dd>per bucket: varint term count; per term (in Lucene's order: by unsigned UTF-8 bytes):
 * string term; varint field count; per
 * field: varint field number, varint document frequency, varint total occurrences (Lucene's total
 * term frequency: the query side chooses rare tokens by it before any postings are read), varint
 * postings length L, varint H (how many of the L bytes come before the frequencies), varint
 * postings place P (0: the L bytes follow here; else they are {@code postings.bin} bytes
 * [P − 1, P − 1 + L)); varint positions length M (0: none); if M &gt; 0, varint positions place
 * Q (0: the M bytes follow here; else {@code positions.bin} bytes [Q − 1, Q − 1 + M)).</dd>
 *
 * <dt>postings</dt>
 * <dd>the documents (D of them, the document frequency), then, up to byte H, the byte length of
 * each block of 128 frequencies (⌈D / 128⌉ varints) and, in fields with positions, the byte
 * length of each block's positions (as many varints), then the frequencies, a varint per document
 * in order (1 in fields without positions). So a browser that needs only which documents have a
 * term reads bytes [0, H), and the frequencies and positions of a few documents, the blocks that
 * hold them.
 * The documents: varint 0, then per document, ascending, varint ordinal minus the previous one
 * (the first from −1); or, where smaller, varint 1, varint first ordinal F, varint byte count
 * C, and C bytes of bitmap: document F + i has the term when bit i % 8 (1 = lowest) of byte
 * i / 8 is set.</dd>
 *
 * <dt>positions</dt>
 * <dd>per document of the postings, in order, per occurrence: varint position minus the previous
 * position in that document (the first from 0). A position is the UTF-16 offset of the token in
 * the field's text ({@link org.opengazette.search.analysis.BigramScanner}).</dd>
 *
 * <dt>{@code norms.bin}</dt>
 * <dd>per scored field in field-number order, one gzip member (a query reads the fields it hits,
 * each one small range, a third of its N bytes on the corpus) of N bytes: Lucene's norm of the
 * field per ordinal (0 when the document lacks the field), decoded with {@code
 * SmallFloat.byte4ToInt}.</dd>
 *
 * <dt>{@code facets.bin} (gz)</dt>
 * <dd>string: JSON {@code {status: [{key, label}], kind: [{key, label}], issuer: [name],
 * year: [year]}}, the facet values (a code is an index into its list); then per ordinal: varint
 * {@code status << 2 | first << 1 | current} (first: 1 for a document's first version, so the
 * versions from one first to the next are one document's and a hit; current: 1 for the version
 * shown at the document's permanent URL), varint kind, varint year code (0: no date, else index + 1), varint issuer count, that
 * many varint issuer indexes.</dd>
 *
 * <dt>{@code dates.bin} (gz)</dt>
 * <dd>per ordinal: varint date code (0: no date, else epoch day − minDay + 1), varint count of
 * in-force intervals, per interval varint from code and varint until code (0: open end).</dd>
 *
 * <dt>{@code records.bin}</dt>
 * <dd>per ordinal, a slot of R bytes ({@code recordBytes} in {@code meta.json}: the longest
 * needed), so that version d is bytes [dR, (d + 1)R) and no index of offsets is needed: string,
 * the record of the hit as JSON {@code {id, version, title, url (from the site root), number,
 * kind, status, date (as shown), issuers, source (relative to the content folder), length (UTF-16
 * units of the text), body (how many of them are the body: snippets come from there, never from
 * the custom fields after it), text (where the text starts in {@code texts.bin})}}; then the
 * opening of the body, its first min(body, {@code opening}) UTF-16 units in UTF-16LE (the snippet
 * of a hit without a match in its body); zeros up to R.</dd>
 *
 * <dt>{@code texts.bin}</dt>
 * <dd>per ordinal, the indexed text of the body field (body, then the custom fields) in UTF-16LE:
 * text offset i at byte {@code text} + 2i, so a snippet around any position is one small
 * range.</dd>
 * </dl>
 */
public final class StaticExport {
    /** The format version in {@code meta.json}. */
    public static final int FORMAT = 4;
    /** Where the export goes in the site. */
    public static final String SITE_FOLDER = "search/index/";
    /** UTF-16 units of a body's opening kept with its record: a snippet's length. */
    static final int OPENING = 120;

    private static final ObjectMapper JSON = new ObjectMapper();

    private StaticExport() {}

    /**
     * Writes the export of the committed index {@code reader} (one segment, see {@link
     * SearchIndex}) under {@code folder}, all but the documents ({@link #writeDocuments}). Terms,
     * postings, positions, norms and statistics are read from the index; the facet and date columns
     * from {@code records}, the records the index holds in ordinal order (checked against its
     * stored id and version); {@code recordBytes} is what {@link #writeDocuments} returned.
     */
    public static void write(
            IndexReader reader, List<SearchRecord> records, int recordBytes, SiteOutput output, String folder) {
        if (reader.leaves().size() > 1) {
            throw new IllegalArgumentException("the index to export is not committed as one segment");
        }
        LeafReader segment =
                reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
        try {
            checkOrder(reader, records);
            List<String> fields = new ArrayList<>();
            List<Boolean> positions = new ArrayList<>();
            for (SearchFields.Scored field : SearchFields.SCORED) {
                fields.add(field.name());
                positions.add(true);
            }
            List<String> exported = new ArrayList<>(fields);
            exported.add(SearchFields.NUMBER_KEY);
            List<Boolean> exportedPositions = new ArrayList<>(positions);
            exportedPositions.add(false);
            int buckets = TermExport.write(segment, exported, exportedPositions, output, folder);
            ColumnExport columns = new ColumnExport(records);
            ByteSink norms = new ByteSink(fields.size() * records.size() / 2);
            List<List<Integer>> normsPlaces = new ArrayList<>();
            for (String field : fields) {
                byte[] member = Gzip.of(ColumnExport.norms(segment, records.size(), field));
                int start = norms.size();
                norms.raw(member, 0, member.length);
                normsPlaces.add(List.of(start, norms.size()));
            }
            output.write(folder + "norms.bin", norms.toByteArray());
            byte[] values = json(columns.facetValues());
            byte[] facetColumns = columns.facets();
            output.write(
                    folder + "facets.bin",
                    Gzip.of(new ByteSink(values.length + 8)
                            .varint(values.length)
                            .raw(values, 0, values.length)
                            .raw(facetColumns, 0, facetColumns.length)
                            .toByteArray()));
            output.write(folder + "dates.bin", Gzip.of(columns.dates()));
            output.write(
                    folder + "meta.json",
                    json(meta(segment, records.size(), fields, normsPlaces, buckets, columns, recordBytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export the search index", e);
        }
    }

    /**
     * Writes {@code records.bin} and {@code texts.bin} under {@code folder}, in ordinal order, and
     * returns the size of a record's slot (for {@link #write}). They need only the records, so
     * they may be written while the index is built. {@code texts.bin} (twice the size of all the
     * text) is streamed, record by record, never held whole.
     */
    public static int writeDocuments(List<SearchRecord> records, SearchTexts texts, SiteOutput output, String folder) {
        long[] textStart = new long[records.size() + 1];
        for (int ord = 0; ord < records.size(); ord++) {
            textStart[ord + 1] = textStart[ord] + 2L * records.get(ord).textLength();
        }
        byte[][] headers = new byte[records.size()][];
        IntStream.range(0, records.size()).parallel().forEach(ord -> {
            byte[] listed = json(listed(records.get(ord), textStart[ord]));
            headers[ord] = new ByteSink(listed.length + 8)
                    .varint(listed.length)
                    .raw(listed, 0, listed.length)
                    .toByteArray();
        });
        int slot = IntStream.range(0, records.size())
                .map(ord -> headers[ord].length + 2 * opening(records.get(ord)))
                .max()
                .orElse(0);
        byte[] buffer = new byte[1 << 16];
        CharBuffer chars =
                ByteBuffer.wrap(buffer).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer();
        byte[] padding = new byte[slot];
        try (OutputStream slots = output.open(folder + "records.bin");
                OutputStream textFile = output.open(folder + "texts.bin")) {
            for (int ord = 0; ord < records.size(); ord++) {
                String text = texts.of(records.get(ord));
                int opening = opening(records.get(ord));
                chars.clear();
                chars.put(text, 0, opening);
                slots.write(headers[ord]);
                slots.write(buffer, 0, 2 * opening);
                slots.write(padding, 0, slot - headers[ord].length - 2 * opening);
                // UTF-16LE through a char view of the buffer (a charset encoder costs twice the time)
                for (int from = 0; from < text.length(); from += chars.capacity()) {
                    int to = Math.min(text.length(), from + chars.capacity());
                    chars.clear();
                    chars.put(text, from, to);
                    textFile.write(buffer, 0, 2 * (to - from));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder + "records.bin and texts.bin", e);
        }
        return slot;
    }

    /** How many UTF-16 units of a body's opening go in its record's slot. */
    private static int opening(SearchRecord record) {
        return Math.min(OPENING, record.bodyLength());
    }

    private static void checkOrder(IndexReader reader, List<SearchRecord> records) throws IOException {
        if (reader.numDocs() != records.size() || reader.maxDoc() != records.size()) {
            throw new IllegalArgumentException(
                    "the index holds " + reader.numDocs() + " versions, the records " + records.size());
        }
        StoredFields stored = reader.storedFields();
        Set<String> fields = Set.of(SearchFields.ID, SearchFields.VERSION);
        for (int doc = 0; doc < records.size(); doc++) {
            Document document = stored.document(doc, fields);
            SearchRecord record = records.get(doc);
            if (!record.id().equals(document.get(SearchFields.ID))
                    || !record.version().equals(document.get(SearchFields.VERSION))) {
                throw new IllegalArgumentException("record " + doc + " (" + record.id() + " " + record.version()
                        + ") is not the index's version " + doc + " (" + document.get(SearchFields.ID) + " "
                        + document.get(SearchFields.VERSION) + ")");
            }
        }
    }

    private static Map<String, Object> listed(SearchRecord record, long textStart) {
        Map<String, Object> listed = new LinkedHashMap<>();
        listed.put("id", record.id());
        listed.put("version", record.version());
        listed.put("title", record.title());
        listed.put("url", record.url());
        listed.put("number", record.docNumber());
        listed.put("kind", record.kind());
        listed.put("status", record.status());
        listed.put("date", record.dateText());
        listed.put("issuers", record.issuers());
        listed.put("source", record.sourcePath());
        listed.put("length", record.textLength());
        listed.put("body", record.bodyLength());
        listed.put("text", textStart);
        return listed;
    }

    private static Map<String, Object> meta(
            LeafReader segment,
            int documents,
            List<String> fields,
            List<List<Integer>> normsPlaces,
            int buckets,
            ColumnExport columns,
            int recordBytes)
            throws IOException {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("documents", documents);
        meta.put("unigrams", SearchIndex.UNIGRAM_FIELDS.stream().sorted().toList());
        meta.put("k1", GazetteSimilarity.K1);
        meta.put("b", GazetteSimilarity.B);
        List<Map<String, Object>> fieldList = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            String name = fields.get(f);
            Map<String, Object> field = new LinkedHashMap<>();
            SearchFields.Scored scored = SearchFields.SCORED.stream()
                    .filter(candidate -> candidate.name().equals(name))
                    .findFirst()
                    .orElseThrow();
            Terms stats = segment == null ? null : segment.terms(name);
            field.put("name", name);
            field.put("boost", scored.boost());
            field.put("docCount", stats == null ? 0 : stats.getDocCount());
            field.put("sumTotalTermFreq", stats == null ? 0 : stats.getSumTotalTermFreq());
            field.put("norms", normsPlaces.get(f));
            fieldList.add(field);
        }
        meta.put("fields", fieldList);
        meta.put("currentBoost", SearchFields.CURRENT_BOOST);
        meta.put("exactNumberBoost", SearchFields.EXACT_NUMBER_BOOST);
        meta.put("titlePhraseBoost", SearchFields.TITLE_PHRASE_BOOST);
        meta.put("proximityBoost", SearchFields.PROXIMITY_BOOST);
        meta.put("proximityTerms", SearchFields.PROXIMITY_TERMS);
        meta.put("proximityMaxOccurrences", SearchFields.PROXIMITY_MAX_OCCURRENCES);
        meta.put("straddleRatio", SearchFields.STRADDLE_RATIO);
        meta.put("versionsListed", SearchFields.VERSIONS_LISTED);
        meta.put("buckets", buckets);
        meta.put("minDay", columns.minDay());
        meta.put("recordBytes", recordBytes);
        meta.put("opening", OPENING);
        return meta;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
