package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.opengazette.output.SiteOutput;
import org.opengazette.render.RenderContext;

/**
 * The search step of the render stage: the records of every published version, the Lucene index
 * under {@value #LUCENE_FOLDER}, and its static export for the browser under {@value
 * #EXPORT_FOLDER} (see {@link StaticExport}).
 */
public final class SearchIndexing {
    /** Where the Lucene index goes in the site. */
    public static final String LUCENE_FOLDER = "search/lucene/";
    /** Where the browser's export goes in the site. */
    public static final String EXPORT_FOLDER = "search/index/";
    /** The fields that hold single Han characters as well as bigrams. */
    public static final Set<String> UNIGRAM_FIELDS = Set.of(SearchFields.TITLE);

    private SearchIndexing() {
    }

    /** Indexes the context's library and writes the index and its export; returns the number of records. */
    public static int write(RenderContext context, SiteOutput output) {
        List<SearchRecord> records = SearchRecords.of(context);
        // the export's document files need only the records: they are written while the index is built
        CompletableFuture<Void> documents = CompletableFuture.runAsync(
                () -> StaticExport.writeDocuments(records, output, EXPORT_FOLDER),
                task -> new Thread(task, "gazette-search-documents").start());
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            List<InvertedField> body = new IndexBuilder(new BigramAnalyzer(UNIGRAM_FIELDS)).build(records, directory);
            Map<String, byte[]> files = ReproducibleIndex.files(directory);
            files.forEach((name, bytes) -> output.write(LUCENE_FOLDER + name, bytes));
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                StaticExport.write(reader, records, UNIGRAM_FIELDS,
                        body.isEmpty() ? Map.of() : Map.of(SearchFields.BODY, body), output, EXPORT_FOLDER);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        } finally {
            documents.join();
        }
        return records.size();
    }
}
