package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.opengazette.output.SiteOutput;
import org.opengazette.site.RenderContext;

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

    private SearchIndexing() {}

    /**
     * Indexes the context's library and writes the index and its export; returns the number of
     * records. While the body is inverted (on another thread), this one indexes the other fields,
     * then writes the export's document files, which need only the records (measured: written from
     * the start on a third thread, they slowed the inversion, which every later step waits for).
     * Once the text is inverted, Lucene writes the index on one thread while the export is written
     * from the same inverted data ({@link IndexBuilder#reader}) on this one.
     */
    public static int write(RenderContext context, SiteOutput output) {
        List<SearchRecord> records = SearchRecords.of(context);
        IndexBuilder builder = new IndexBuilder(new BigramAnalyzer(UNIGRAM_FIELDS));
        try (IndexBuilder.Prepared prepared =
                        builder.prepare(records, () -> StaticExport.writeDocuments(records, output, EXPORT_FOLDER));
                ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            CompletableFuture<Void> lucene = CompletableFuture.runAsync(
                    () -> {
                        builder.write(prepared, directory);
                        ReproducibleIndex.files(directory)
                                .forEach((name, bytes) -> output.write(LUCENE_FOLDER + name, bytes));
                    },
                    thread("lucene"));
            try (IndexReader reader = builder.reader(prepared)) {
                StaticExport.write(
                        reader,
                        records,
                        UNIGRAM_FIELDS,
                        prepared.bodies().isEmpty() ? Map.of() : Map.of(SearchFields.BODY, prepared.bodies()),
                        output,
                        EXPORT_FOLDER);
            } finally {
                lucene.join();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
        return records.size();
    }

    /** Runs each task on a new thread named after its part of the search step ("gazette-search-" + name). */
    static Executor thread(String name) {
        return task -> new Thread(task, "gazette-search-" + name).start();
    }
}
