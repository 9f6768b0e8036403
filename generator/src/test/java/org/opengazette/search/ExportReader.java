package org.opengazette.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Decodes an export folder ({@code search/index/}) by its documented format (the Javadoc of
 * {@code StaticExport}), independently of the code that writes it: the dictionary with every
 * posting and position, and a readable text of every file for golden tests.
 */
final class ExportReader {
    /** One document of a term's postings: its ordinal, frequency and positions (empty without). */
    record Posting(int doc, int freq, List<Integer> positions) {
        @Override
        public String toString() {
            return doc + "×" + freq + (positions.isEmpty() ? "" : "@" + positions);
        }
    }

    /** A term's entry for one field. */
    record Entry(int field, int docFreq, List<Posting> postings) {}

    private final Path folder;
    private final byte[] postings;
    private final byte[] positions;

    ExportReader(Path folder) {
        this.folder = folder;
        this.postings = bytes("postings.bin");
        this.positions = bytes("positions.bin");
    }

    /** Every term of the dictionary, in bucket order, with its field entries. */
    Map<String, List<Entry>> dictionary() {
        Map<String, List<Entry>> terms = new TreeMap<>();
        byte[] index = bytes("terms.idx");
        byte[] bin = bytes("terms.bin");
        int buckets = index.length / 4 - 1;
        for (int b = 0; b < buckets; b++) {
            Input in = new Input(bin, uint32(index, 4 * b));
            long count = in.varint();
            for (int t = 0; t < count; t++) {
                String term = in.string();
                List<Entry> entries = new ArrayList<>();
                long fields = in.varint();
                for (int f = 0; f < fields; f++) {
                    int field = (int) in.varint();
                    int docFreq = (int) in.varint();
                    long total = in.varint();
                    int length = (int) in.varint();
                    int head = (int) in.varint();
                    byte[] postingBytes = in.placed(postings, length);
                    byte[] positionBytes = new byte[0];
                    int positionsLength = (int) in.varint();
                    if (positionsLength > 0) {
                        positionBytes = in.placed(positions, positionsLength);
                    }
                    List<Posting> decoded = decode(postingBytes, head, docFreq, positionBytes);
                    if (total != decoded.stream().mapToLong(Posting::freq).sum()) {
                        throw new IllegalStateException("total occurrences of " + term + " in field " + field
                                + " are not the sum of its freqs: " + total);
                    }
                    entries.add(new Entry(field, docFreq, decoded));
                }
                if (terms.put(term, entries) != null) {
                    throw new IllegalStateException("term twice in the dictionary: " + term);
                }
            }
        }
        return terms;
    }

    /**
     * The postings of {@code count} documents: the documents (gaps or a bitmap), the byte lengths
     * of the blocks of 128 frequencies and of their positions (checked against the frequencies,
     * which start at {@code head}, and the positions), the frequencies; with the positions.
     */
    private static List<Posting> decode(byte[] postingBytes, int head, int count, byte[] positionBytes) {
        Input in = new Input(postingBytes, 0);
        int[] docs = new int[count];
        if (in.varint() == 0) {
            int doc = -1;
            for (int i = 0; i < count; i++) {
                doc += (int) in.varint();
                docs[i] = doc;
            }
        } else {
            int first = (int) in.varint();
            int bytes = (int) in.varint();
            int found = 0;
            for (int bit = 0; bit < 8 * bytes; bit++) {
                if ((postingBytes[in.position + bit / 8] & (1 << (bit % 8))) != 0) {
                    docs[found++] = first + bit;
                }
            }
            if (found != count) {
                throw new IllegalStateException("a bitmap of " + found + " documents for " + count);
            }
            in.position += bytes;
        }
        int blocks = (count + 127) / 128;
        int[] blockBytes = new int[blocks];
        for (int b = 0; b < blocks; b++) {
            blockBytes[b] = (int) in.varint();
        }
        int[] positionBlockBytes = new int[blocks];
        for (int b = 0; b < blocks && positionBytes.length > 0; b++) {
            positionBlockBytes[b] = (int) in.varint();
        }
        if (in.position != head) {
            throw new IllegalStateException("the frequencies start at " + in.position + ", not at " + head);
        }
        List<Posting> list = new ArrayList<>();
        Input at = new Input(positionBytes, 0);
        for (int i = 0; i < count; i++) {
            int blockStart = in.position;
            int doc = docs[i];
            int freq = (int) in.varint();
            blockBytes[i / 128] -= in.position - blockStart;
            List<Integer> places = new ArrayList<>();
            if (positionBytes.length > 0) {
                int position = 0;
                int positionsStart = at.position;
                for (int k = 0; k < freq; k++) {
                    position += (int) at.varint();
                    places.add(position);
                }
                positionBlockBytes[i / 128] -= at.position - positionsStart;
            }
            list.add(new Posting(doc, freq, List.copyOf(places)));
        }
        if (in.position != postingBytes.length || Arrays.stream(blockBytes).anyMatch(left -> left != 0)) {
            throw new IllegalStateException("the frequency blocks do not add up to the postings' length");
        }
        if (at.position != positionBytes.length
                || Arrays.stream(positionBlockBytes).anyMatch(left -> left != 0)) {
            throw new IllegalStateException("the position blocks do not add up to the positions' length");
        }
        return list;
    }

    /** A readable text of the export, file by file: what the golden test compares. */
    String dump() {
        StringBuilder out = new StringBuilder();
        out.append("== meta.json\n")
                .append(new String(bytes("meta.json"), StandardCharsets.UTF_8))
                .append('\n');
        byte[] index = bytes("terms.idx");
        out.append("== terms.idx, terms.bin, postings.bin, positions.bin: ")
                .append(index.length / 4 - 1)
                .append(" buckets, postings.bin ")
                .append(postings.length)
                .append(" bytes, positions.bin ")
                .append(positions.length)
                .append(" bytes\n");
        byte[] bin = bytes("terms.bin");
        for (int b = 0; b + 1 < index.length / 4; b++) {
            Input in = new Input(bin, uint32(index, 4 * b));
            long count = in.varint();
            for (int t = 0; t < count; t++) {
                out.append("bucket ").append(b).append(' ').append(in.string());
                long fields = in.varint();
                for (int f = 0; f < fields; f++) {
                    int field = (int) in.varint();
                    int docFreq = (int) in.varint();
                    long total = in.varint();
                    int length = (int) in.varint();
                    int head = (int) in.varint();
                    String where = in.bytes[in.position] == 0 ? "inline" : "placed";
                    byte[] postingBytes = in.placed(postings, length);
                    int positionsLength = (int) in.varint();
                    byte[] positionBytes = positionsLength > 0 ? in.placed(positions, positionsLength) : new byte[0];
                    out.append(" | field ")
                            .append(field)
                            .append(" df ")
                            .append(docFreq)
                            .append(" tf ")
                            .append(total)
                            .append(' ')
                            .append(where)
                            .append(postingBytes[0] == 1 ? " bitmap " : " ")
                            .append(decode(postingBytes, head, docFreq, positionBytes));
                }
                out.append('\n');
            }
        }
        out.append("== norms.bin (a gz member per field)\n");
        byte[] norms = bytes("norms.bin");
        for (JsonNode field : meta().get("fields")) {
            JsonNode place = field.get("norms");
            out.append(field.get("name").asText())
                    .append(' ')
                    .append(hex(normsOf(norms, place)))
                    .append('\n');
        }
        Input facets = new Input(gunzip(bytes("facets.bin")), 0);
        out.append("== facets.bin (gz)\n").append(facets.string()).append('\n');
        out.append(varints(facets)).append('\n');
        out.append("== dates.bin (gz)\n")
                .append(varints(new Input(gunzip(bytes("dates.bin")), 0)))
                .append('\n');
        byte[] slots = bytes("records.bin");
        byte[] texts = bytes("texts.bin");
        int slot = meta().get("recordBytes").asInt();
        out.append("== records.bin (slots of ").append(slot).append(" bytes), texts.bin\n");
        if (slot == 0 ? slots.length != 0 : slots.length % slot != 0) {
            throw new IllegalStateException("records.bin is not whole slots of " + slot + " bytes");
        }
        long textEnd = 0;
        for (int d = 0; slot > 0 && d < slots.length / slot; d++) {
            Input in = new Input(slots, d * slot);
            String json = in.string();
            JsonNode record = json(json);
            int opening =
                    Math.min(meta().get("opening").asInt(), record.get("body").asInt());
            String openingText = new String(slots, in.position, 2 * opening, StandardCharsets.UTF_16LE);
            for (int at = in.position + 2 * opening; at < (d + 1) * slot; at++) {
                if (slots[at] != 0) {
                    throw new IllegalStateException("slot " + d + " is not padded with zeros");
                }
            }
            long start = record.get("text").asLong();
            String text =
                    new String(texts, (int) start, 2 * record.get("length").asInt(), StandardCharsets.UTF_16LE);
            if (start != textEnd || !text.startsWith(openingText)) {
                throw new IllegalStateException("version " + d + ": text at " + start + ", opening " + openingText);
            }
            textEnd = start + 2L * record.get("length").asInt();
            out.append(d)
                    .append(' ')
                    .append(json)
                    .append(' ')
                    .append(text.replace("\n", "\\n"))
                    .append('\n');
        }
        if (textEnd != texts.length) {
            throw new IllegalStateException("texts.bin has " + texts.length + " bytes, the records " + textEnd);
        }
        return out.toString();
    }

    private static String varints(Input in) {
        List<Long> values = new ArrayList<>();
        while (in.position < in.bytes.length) {
            values.add(in.varint());
        }
        return values.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b & 0xFF));
        }
        return out.toString();
    }

    private JsonNode meta() {
        return json(new String(bytes("meta.json"), StandardCharsets.UTF_8));
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] bytes(String name) {
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The norms of one field: its gzip member of {@code norms.bin}, at {@code place} ({@code [start, end]}). */
    static byte[] normsOf(byte[] norms, JsonNode place) {
        return gunzip(
                Arrays.copyOfRange(norms, place.get(0).asInt(), place.get(1).asInt()));
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int uint32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF)
                | (bytes[at + 1] & 0xFF) << 8
                | (bytes[at + 2] & 0xFF) << 16
                | (bytes[at + 3] & 0xFF) << 24;
    }

    /** A cursor over bytes: LEB128 varints, strings, and inline-or-placed byte runs. */
    private static final class Input {
        final byte[] bytes;
        int position;

        Input(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        long varint() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
                shift += 7;
            }
        }

        String string() {
            int length = (int) varint();
            String text = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        /** A place: 0 and the {@code length} bytes here, else bytes [place − 1, place − 1 + length) of {@code file}. */
        byte[] placed(byte[] file, int length) {
            long place = varint();
            if (place == 0) {
                byte[] inline = java.util.Arrays.copyOfRange(bytes, position, position + length);
                position += length;
                return inline;
            }
            return java.util.Arrays.copyOfRange(file, (int) place - 1, (int) place - 1 + length);
        }
    }
}
