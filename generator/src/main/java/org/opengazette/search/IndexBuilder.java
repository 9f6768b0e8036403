package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.opengazette.model.Validity;

/**
 * Writes {@link SearchRecord}s into a Lucene index, one Lucene document per record. The records
 * are cut into consecutive partitions of about {@value #PARTITION_CHARS} characters of text (a
 * number that depends on the content only, never on the machine); each partition becomes one
 * segment, the partitions one after another, so that only one partition's working memory is held
 * at a time (measured: four times the corpus needs 1.4 GB of heap instead of 1.7 GB, for a few
 * percent more time); the segments are then added in order, so that Lucene doc ids equal
 * ordinals and the same records always give the same index.
 *
 * <p>With the site's {@link BigramAnalyzer}, the body (nearly all of the text) does not go through
 * Lucene's indexing chain: {@link FieldInversion} inverts it with the same analysis several times
 * faster, and the segment is written by {@code IndexWriter.addIndexes} from the other fields'
 * segment plus that inverted field ({@link WithInvertedField}). The index is the same either way
 * (tested term by term); any other analyzer (the analysis benchmark tries several) takes Lucene's
 * path for every field.
 */
public final class IndexBuilder {
    /**
     * About how much text goes into one segment: a site the size of the developers' corpus (16.6
     * million characters) is one segment. Fewer, larger segments cost less CPU in all (measured:
     * one segment instead of two saves about a sixth of the index's CPU time); the inversion holds
     * about fourteen bytes per character of its partition while it runs, and one partition is
     * inverted at a time, which bounds the memory.
     */
    public static final long PARTITION_CHARS = 20_000_000;

    private final Analyzer analyzer;
    private final BigramAnalyzer invertsBody;
    private final long partitionChars;

    /** A builder whose text fields use {@code analyzer} ({@link BigramAnalyzer} for the site). */
    public IndexBuilder(Analyzer analyzer) {
        this(analyzer, true, PARTITION_CHARS);
    }

    /**
     * @param ownInversion   invert the body with {@link FieldInversion} when the analyzer allows it
     * @param partitionChars about how much text goes into one segment
     */
    IndexBuilder(Analyzer analyzer, boolean ownInversion, long partitionChars) {
        this.analyzer = analyzer;
        this.invertsBody = ownInversion && analyzer instanceof BigramAnalyzer bigrams ? bigrams : null;
        this.partitionChars = partitionChars;
    }

    /**
     * Indexes {@code records} (sorted by ordinal) into the empty {@code directory} and commits.
     * Returns the body as inverted here, one part per segment in order (empty when Lucene inverted
     * it).
     */
    public List<InvertedField> build(List<SearchRecord> records, Directory directory) {
        try (Prepared prepared = prepare(records)) {
            write(prepared, directory);
            return prepared.bodies();
        }
    }

    /**
     * The first half of {@link #build}: per partition, one after another, Lucene's segment of every
     * field but the body, and the body inverted here (on another thread meanwhile); with another
     * analyzer, Lucene's segment of every field. {@link #reader} reads them as the index will read;
     * {@link #write} writes the index.
     *
     * @param segments one segment per partition, in order
     * @param bodies   the body of each segment, or empty when the segments hold it
     */
    public record Prepared(List<Directory> segments, List<InvertedField> bodies) implements AutoCloseable {
        @Override
        public void close() {
            try {
                IOUtils.close(segments);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Inverts {@code records} (sorted by ordinal), partition by partition: see {@link Prepared}. */
    public Prepared prepare(List<SearchRecord> records) {
        return prepare(records, () -> {});
    }

    /**
     * Like {@link #prepare(List)}, and runs {@code meanwhile} on this thread once, as soon as the
     * first partition's other fields are indexed, while its body is still being inverted on
     * another thread: work that does not need the index fills the core that would wait there.
     */
    public Prepared prepare(List<SearchRecord> records, Runnable meanwhile) {
        List<Segment> segments = new ArrayList<>();
        Runnable once = meanwhile;
        for (List<SearchRecord> partition : partitions(records, partitionChars)) {
            segments.add(segment(partition, once));
            once = () -> {};
        }
        return new Prepared(
                segments.stream().map(Segment::directory).toList(),
                segments.stream().map(Segment::body).filter(Objects::nonNull).toList());
    }

    /**
     * Writes the prepared segments, with their bodies, into the empty {@code directory} and commits.
     * A single segment with its body is written there directly; several are written apart, in
     * parallel, then added in order.
     */
    public void write(Prepared prepared, Directory directory) {
        if (prepared.segments().size() == 1 && prepared.bodies().size() == 1) {
            withField(prepared.bodies().get(0), prepared.segments().get(0), directory);
            return;
        }
        List<Directory> complete = prepared.bodies().isEmpty()
                ? prepared.segments()
                : IntStream.range(0, prepared.segments().size())
                        .parallel()
                        .mapToObj(i -> withField(
                                prepared.bodies().get(i), prepared.segments().get(i), new ByteBuffersDirectory()))
                        .toList();
        try (IndexWriter writer = new IndexWriter(directory, config(1))) {
            writer.addIndexes(complete.toArray(Directory[]::new));
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        } finally {
            if (complete != prepared.segments()) {
                try {
                    IOUtils.close(complete);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * The prepared segments read as one index, the body from its inverted arrays: what the written
     * index holds (the same terms, postings, norms and statistics), readable before it is written.
     */
    public IndexReader reader(Prepared prepared) throws IOException {
        List<DirectoryReader> opened = new ArrayList<>();
        try {
            List<LeafReader> leaves = new ArrayList<>();
            for (int i = 0; i < prepared.segments().size(); i++) {
                DirectoryReader reader =
                        DirectoryReader.open(prepared.segments().get(i));
                opened.add(reader);
                if (reader.leaves().isEmpty()) {
                    continue;
                }
                LeafReader leaf = onlyLeaf(reader);
                leaves.add(
                        prepared.bodies().isEmpty()
                                ? leaf
                                : new WithInvertedField(leaf, prepared.bodies().get(i)));
            }
            return new MultiReader(leaves.toArray(IndexReader[]::new), false) {
                @Override
                protected synchronized void doClose() throws IOException {
                    try {
                        super.doClose();
                    } finally {
                        IOUtils.close(opened);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened);
            throw e;
        }
    }

    /** One partition's segment, and its body when inverted here. */
    private record Segment(Directory directory, InvertedField body) {}

    /** Consecutive partitions of balanced size. */
    static List<List<SearchRecord>> partitions(List<SearchRecord> records, long partitionChars) {
        long total = records.stream().mapToLong(IndexBuilder::size).sum();
        int count = (int) Math.max(1, (total + partitionChars - 1) / partitionChars);
        long target = (total + count - 1) / count;
        List<List<SearchRecord>> partitions = new ArrayList<>();
        int start = 0;
        long size = 0;
        for (int i = 0; i < records.size(); i++) {
            size += size(records.get(i));
            if (size >= target && partitions.size() < count - 1) {
                partitions.add(records.subList(start, i + 1));
                start = i + 1;
                size = 0;
            }
        }
        if (start < records.size() || partitions.isEmpty()) {
            partitions.add(records.subList(start, records.size()));
        }
        return partitions;
    }

    private static long size(SearchRecord record) {
        return record.text().length() + record.title().length();
    }

    private Segment segment(List<SearchRecord> records, Runnable meanwhile) {
        // the body is inverted on another thread while Lucene indexes the other fields here
        CompletableFuture<InvertedField> body = invertsBody == null || records.isEmpty()
                ? null
                : CompletableFuture.supplyAsync(
                        () -> FieldInversion.invert(
                                SearchFields.BODY,
                                records.stream().map(SearchRecord::text).toList(),
                                invertsBody.unigramFields().contains(SearchFields.BODY),
                                new GazetteSimilarity()),
                        SearchIndexing.thread("inversion"));
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, config(records.size()))) {
            for (SearchRecord record : records) {
                Document document = document(record);
                if (invertsBody == null) {
                    document.add(body(record));
                }
                writer.addDocument(document);
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
        meanwhile.run();
        if (body == null) {
            return new Segment(directory, null);
        }
        return new Segment(directory, body.join());
    }

    /**
     * Writes the segment in {@code others} (every field but the body) plus the body, inverted here,
     * into the empty {@code directory}, commits, and returns {@code directory}.
     */
    private Directory withField(InvertedField body, Directory others, Directory directory) {
        try (DirectoryReader reader = DirectoryReader.open(others);
                IndexWriter writer = new IndexWriter(
                        directory, config(body.maxDoc()).setMergeScheduler(new SerialMergeScheduler()))) {
            writer.addIndexes(SlowCodecReaderWrapper.wrap(new WithInvertedField(onlyLeaf(reader), body)));
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
        return directory;
    }

    private static LeafReader onlyLeaf(DirectoryReader reader) {
        if (reader.leaves().size() != 1) {
            throw new IllegalStateException(
                    "expected one segment, found " + reader.leaves().size());
        }
        return reader.leaves().get(0).reader();
    }

    private IndexWriterConfig config(int documents) {
        return new IndexWriterConfig(analyzer)
                .setSimilarity(new GazetteSimilarity())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setUseCompoundFile(false)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setMaxBufferedDocs(Math.max(2, documents + 1))
                .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setCommitOnClose(false);
    }

    /** The body field, as Lucene's indexing chain takes it. */
    static Field body(SearchRecord record) {
        return new TextField(SearchFields.BODY, record.text(), Field.Store.NO);
    }

    /** Every field of the record but the body. */
    static Document document(SearchRecord record) {
        Document document = new Document();
        document.add(new NumericDocValuesField(SearchFields.ORD, record.ord()));
        document.add(new StoredField(SearchFields.ORD, record.ord()));
        document.add(new StringField(SearchFields.ID, record.id(), Field.Store.YES));
        document.add(new StoredField(SearchFields.VERSION, record.version()));
        document.add(new StoredField(SearchFields.URL, record.url()));
        document.add(new StoredField(SearchFields.SOURCE, record.sourcePath()));

        document.add(new TextField(SearchFields.TITLE, record.title(), Field.Store.YES));
        if (record.docNumber() != null) {
            document.add(new TextField(SearchFields.NUMBER, record.docNumber(), Field.Store.YES));
            document.add(new StringField(
                    SearchFields.NUMBER_KEY, QueryText.docNumberKey(record.docNumber()), Field.Store.NO));
        }
        for (String issuer : record.issuers()) {
            document.add(new TextField(SearchFields.ISSUER, issuer, Field.Store.NO));
            document.add(new StringField(SearchFields.ISSUER_KEY, issuer, Field.Store.YES));
            document.add(new SortedSetDocValuesField(SearchFields.ISSUER_KEY, new BytesRef(issuer)));
        }
        for (String topic : record.topics()) {
            document.add(new TextField(SearchFields.TOPIC, topic, Field.Store.NO));
        }

        if (record.current()) {
            document.add(new StringField(SearchFields.CURRENT, "1", Field.Store.NO));
        }
        keyword(document, SearchFields.STATUS, record.status());
        keyword(document, SearchFields.KIND, record.kind());
        if (record.date() != null) {
            keyword(document, SearchFields.YEAR, String.valueOf(record.year()));
            document.add(
                    new NumericDocValuesField(SearchFields.DATE, record.date().toEpochDay()));
        }
        for (Validity interval : record.inForce()) {
            long from =
                    interval.from() == null ? Long.MIN_VALUE : interval.from().toEpochDay();
            long until =
                    interval.until() == null ? Long.MAX_VALUE : interval.until().toEpochDay();
            document.add(new LongRange(SearchFields.IN_FORCE, new long[] {from}, new long[] {until}));
        }
        return document;
    }

    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
