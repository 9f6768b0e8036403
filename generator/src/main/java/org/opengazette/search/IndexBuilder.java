package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.opengazette.model.Validity;

/**
 * Writes {@link SearchRecord}s into a Lucene index, one Lucene document per record. The records
 * are cut into consecutive partitions of about {@value #PARTITION_CHARS} characters of text (a
 * number that depends on the content only, never on the machine); each partition becomes one
 * segment, written by one thread, the partitions in parallel; the segments are then added in
 * order, so that Lucene doc ids equal ordinals and the same records always give the same index.
 */
public final class IndexBuilder {
    /** About how much text goes into one segment. */
    public static final long PARTITION_CHARS = 10_000_000;

    private final Analyzer analyzer;

    /** A builder whose text fields use {@code analyzer} ({@link BigramAnalyzer} for the site). */
    public IndexBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Indexes {@code records} (sorted by ordinal) into the empty {@code directory} and commits. */
    public void build(List<SearchRecord> records, Directory directory) {
        List<List<SearchRecord>> partitions = partitions(records);
        List<Directory> segments = partitions.parallelStream().map(this::segment).toList();
        try (IndexWriter writer = new IndexWriter(directory, config(1))) {
            writer.addIndexes(segments.toArray(Directory[]::new));
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        } finally {
            for (Directory segment : segments) {
                try {
                    segment.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Consecutive partitions of balanced size. */
    static List<List<SearchRecord>> partitions(List<SearchRecord> records) {
        long total = records.stream().mapToLong(IndexBuilder::size).sum();
        int count = (int) Math.max(1, (total + PARTITION_CHARS - 1) / PARTITION_CHARS);
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
        return record.body().length() + record.extra().length() + record.title().length();
    }

    private Directory segment(List<SearchRecord> records) {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, config(records.size()))) {
            for (SearchRecord record : records) {
                writer.addDocument(document(record));
            }
            writer.commit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
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
            document.add(new StringField(SearchFields.NUMBER_KEY, QueryText.docNumberKey(record.docNumber()),
                    Field.Store.NO));
        }
        for (String issuer : record.issuers()) {
            document.add(new TextField(SearchFields.ISSUER, issuer, Field.Store.NO));
            document.add(new StringField(SearchFields.ISSUER_KEY, issuer, Field.Store.YES));
            document.add(new SortedSetDocValuesField(SearchFields.ISSUER_KEY, new BytesRef(issuer)));
        }
        for (String topic : record.topics()) {
            document.add(new TextField(SearchFields.TOPIC, topic, Field.Store.NO));
        }
        document.add(new TextField(SearchFields.BODY, record.indexedBody(), Field.Store.NO));

        if (record.current()) {
            document.add(new StringField(SearchFields.CURRENT, "1", Field.Store.NO));
        }
        keyword(document, SearchFields.STATUS, record.status());
        keyword(document, SearchFields.KIND, record.kind());
        if (record.date() != null) {
            keyword(document, SearchFields.YEAR, String.valueOf(record.year()));
            document.add(new NumericDocValuesField(SearchFields.DATE, record.date().toEpochDay()));
        }
        for (Validity interval : record.inForce()) {
            long from = interval.from() == null ? Long.MIN_VALUE : interval.from().toEpochDay();
            long until = interval.until() == null ? Long.MAX_VALUE : interval.until().toEpochDay();
            document.add(new LongRange(SearchFields.IN_FORCE, new long[] {from}, new long[] {until}));
        }
        return document;
    }

    private static void keyword(Document document, String field, String value) {
        document.add(new StringField(field, value, Field.Store.YES));
        document.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
