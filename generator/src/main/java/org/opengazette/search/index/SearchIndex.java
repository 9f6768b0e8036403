package org.opengazette.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
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
     * The parts a new index is built in, each by a writer of its own on a thread of its own, then
     * merged. A fixed number, not the machine's processor count: the same records then give the
     * same files on any machine.
     */
    static final int PARTS = 2;
    /**
     * The indexing buffer of all writers together: a part of a site the size of the developers'
     * corpus is indexed in one go; a larger one is written in several segments, merged at commit,
     * so memory stays bounded.
     */
    static final double RAM_BUFFER_MB = 512;

    private final IndexWriter writer;

    private SearchIndex(Directory directory, Analyzer analyzer, IndexWriterConfig.OpenMode mode, double bufferMb) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setSimilarity(new GazetteSimilarity())
                .setIndexSort(new Sort(new SortField(SearchFields.ORDER, SortField.Type.STRING)))
                .setUseCompoundFile(false)
                .setRAMBufferSizeMB(bufferMb)
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
        return new SearchIndex(directory, analyzer, IndexWriterConfig.OpenMode.CREATE, RAM_BUFFER_MB);
    }

    /**
     * Writes a new index of {@code records} (in ordinal order) to {@code directory} and commits
     * it: the records are cut into {@value #PARTS} runs, each indexed into memory by a writer of
     * its own at the same time, and the parts merged in order. Fields are numbered as they are
     * first met in the records, as one writer would, so the result does not depend on the cut.
     */
    public static void write(Directory directory, List<SearchRecord> records) {
        int size = (records.size() + PARTS - 1) / PARTS;
        List<CompletableFuture<Directory>> parts = new ArrayList<>();
        for (int from = 0; from < records.size(); from += size) {
            List<SearchRecord> run = records.subList(from, Math.min(records.size(), from + size));
            parts.add(CompletableFuture.supplyAsync(
                    () -> part(run), task -> new Thread(task, "gazette-search-index").start()));
        }
        try (SearchIndex index = create(directory)) {
            Directory[] written = parts.stream().map(CompletableFuture::join).toArray(Directory[]::new);
            index.writer.addIndexes(written);
            index.commit();
            IOUtils.close(written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index", e);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Directory part(List<SearchRecord> records) {
        Directory directory = new ByteBuffersDirectory();
        try (SearchIndex index = new SearchIndex(
                directory,
                new BigramAnalyzer(UNIGRAM_FIELDS),
                IndexWriterConfig.OpenMode.CREATE,
                RAM_BUFFER_MB / PARTS)) {
            records.forEach(index::put);
            index.commit();
        }
        return directory;
    }

    /** The index kept in {@code directory} (or a new one), to be brought up to date. */
    public static SearchIndex open(Directory directory) {
        return new SearchIndex(
                directory,
                new BigramAnalyzer(UNIGRAM_FIELDS),
                IndexWriterConfig.OpenMode.CREATE_OR_APPEND,
                RAM_BUFFER_MB);
    }

    /** Adds the record, replacing the version of the same key if the index holds it. */
    public void put(SearchRecord record) {
        try {
            writer.updateDocument(key(record.id(), record.version()), RecordDocument.document(record));
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
