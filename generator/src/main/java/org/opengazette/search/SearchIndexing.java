package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.opengazette.output.SiteOutput;
import org.opengazette.search.export.StaticExport;
import org.opengazette.search.index.ReproducibleIndex;
import org.opengazette.search.index.SearchIndex;
import org.opengazette.search.index.SearchRecord;
import org.opengazette.search.index.SearchRecords;
import org.opengazette.site.RenderContext;

/**
 * The search stage: every published version into a new {@link SearchIndex}, written to the site
 * under {@value #LUCENE_FOLDER}, and the browser's export read from that index under {@value
 * #EXPORT_FOLDER} ({@link StaticExport}).
 */
public final class SearchIndexing {
    /** Where the Lucene index goes in the site. */
    public static final String LUCENE_FOLDER = SearchIndex.SITE_FOLDER;
    /** Where the browser's export goes in the site. */
    public static final String EXPORT_FOLDER = StaticExport.SITE_FOLDER;

    private SearchIndexing() {}

    /**
     * Indexes the context's library, writes the index and its export; returns the number of
     * versions. The export's document files need only the records: they are written on another
     * thread while Lucene indexes on this one.
     */
    public static int write(RenderContext context, SiteOutput output) {
        List<SearchRecord> records = SearchRecords.of(context);
        CompletableFuture<Void> documents = CompletableFuture.runAsync(
                () -> StaticExport.writeDocuments(records, output, EXPORT_FOLDER),
                task -> new Thread(task, "gazette-search-documents").start());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (SearchIndex index = SearchIndex.create(directory)) {
                records.forEach(index::put);
                index.commit();
            }
            ReproducibleIndex.files(directory).forEach((name, bytes) -> output.write(LUCENE_FOLDER + name, bytes));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                StaticExport.write(reader, records, output, EXPORT_FOLDER);
            }
            return records.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        } finally {
            documents.join();
        }
    }
}
