package org.opengazette.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.Directory;
import org.opengazette.search.analysis.BigramAnalyzer;

/**
 * The search index: Lucene's {@link IndexWriter} over a {@link Directory}, new or kept from an
 * earlier build, where each {@link SearchRecord} is put (added, or replacing the one with its
 * version key) or deleted by version key, then {@linkplain #commit committed} as one segment
 * sorted in ordinal order ({@link RecordDocument#ORDER}): document id, then version, oldest first.
 * A committed index's doc id is the version's ordinal, which the query side and the browser's
 * export both use; the same records give the same index whatever order they were put in.
 */
public final class SearchIndex implements AutoCloseable {
    /** Where the Lucene index goes in the site. */
    public static final String SITE_FOLDER = "search/lucene/";
    /** The fields that hold single Han characters as well as bigrams. */
    public static final Set<String> UNIGRAM_FIELDS = Set.of(SearchFields.TITLE);
    /**
     * The indexing buffer, in versions: Lucene writes a segment each time this many were put, and
     * merges the segments at commit, so memory stays bounded whatever the size of the library
     * (the corpus's 2,902 versions make one segment; 100,000 build in a 2 GB heap). A count, not
     * Lucene's usual RAM budget: where a RAM budget cuts segments depends on the JVM's object
     * layout (its heap size, for one), and the merged files with it, so the same library would
     * not give the same bytes on every machine.
     */
    static final int BUFFERED_VERSIONS = 4000;

    private final IndexWriter writer;

    private SearchIndex(Directory directory, Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setSimilarity(new GazetteSimilarity())
                .setIndexSort(new Sort(new SortField(SearchFields.ORDER, SortField.Type.STRING)))
                .setUseCompoundFile(false)
                .setMaxBufferedDocs(BUFFERED_VERSIONS)
                .setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setMergeScheduler(new SerialMergeScheduler())
                .setCommitOnClose(false);
        config.getMergePolicy().setNoCFSRatio(0);
        try {
            this.writer = new IndexWriter(directory, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /** A new, empty index in {@code directory} (replacing what it held), with the site's analysis. */
    public static SearchIndex create(Directory directory) {
        return create(directory, new BigramAnalyzer(UNIGRAM_FIELDS));
    }

    /** A new, empty index in {@code directory} whose text fields use {@code analyzer}. */
    public static SearchIndex create(Directory directory, Analyzer analyzer) {
        return new SearchIndex(directory, analyzer, IndexWriterConfig.OpenMode.CREATE);
    }

    /** The index kept in {@code directory} (or a new one), to be brought up to date. */
    public static SearchIndex open(Directory directory) {
        return new SearchIndex(
                directory, new BigramAnalyzer(UNIGRAM_FIELDS), IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /**
     * Adds the record, whose body field holds {@code text}, replacing the version of the same key
     * if the index holds it.
     */
    public void put(SearchRecord record, String text) {
        try {
            writer.updateDocument(key(record.id(), record.version()), RecordDocument.document(record, text));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    /** Deletes the version {@code version} of document {@code id}, if the index holds it. */
    public void delete(String id, String version) {
        try {
            writer.deleteDocuments(key(id, version));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    /** Merges the index into one segment in ordinal order and commits it. */
    public void commit() {
        try {
            writer.forceMerge(1);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        }
    }

    /** Closes the writer; what was not committed is lost. */
    @Override
    public void close() {
        try {
            writer.rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index", e);
        }
    }

    private static Term key(String id, String version) {
        return new Term(SearchFields.KEY, RecordDocument.key(id, version));
    }
}
