package org.opengazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.opengazette.output.SiteOutput;
import org.opengazette.search.export.StaticExport;
import org.opengazette.search.index.ReproducibleIndex;
import org.opengazette.search.index.SearchIndex;
import org.opengazette.search.index.SearchRecord;
import org.opengazette.search.index.SearchRecords;
import org.opengazette.search.index.SearchTexts;
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
     * versions. The index is built in a temporary folder, deleted afterwards, and each text is read
     * from its rendered body when it is indexed, so that memory does not grow with the library.
     * The export's document files need only the records and texts: they are written on another
     * thread while Lucene indexes on this one.
     */
    public static int write(RenderContext context, SiteOutput output) {
        List<SearchRecord> records = SearchRecords.of(context);
        SearchTexts texts = SearchRecords.texts(context);
        CompletableFuture<Integer> documents = CompletableFuture.supplyAsync(
                () -> StaticExport.writeDocuments(records, texts, output, EXPORT_FOLDER),
                task -> new Thread(task, "gazette-search-documents").start());
        Path folder = null;
        try {
            folder = Files.createTempDirectory("gazette-index-");
            try (Directory directory = scratch(folder)) {
                try (SearchIndex index = SearchIndex.create(directory)) {
                    records.forEach(record -> index.put(record, texts.of(record)));
                    index.commit();
                }
                ReproducibleIndex.copy(directory, name -> output.open(LUCENE_FOLDER + name));
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    StaticExport.write(reader, records, documents.join(), output, EXPORT_FOLDER);
                }
            }
            return records.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        } finally {
            documents.join();
            deleteFlatFolder(folder);
        }
    }

    /**
     * The index folder as Lucene's directory, without forcing its files to disk: they are scratch
     * copies, read back into the site at once and deleted (an fsync of each costs seconds on a
     * busy disk and buys nothing here).
     */
    private static Directory scratch(Path folder) throws IOException {
        return new FilterDirectory(FSDirectory.open(folder)) {
            @Override
            public void sync(Collection<String> names) {}

            @Override
            public void syncMetaData() {}
        };
    }

    /** Deletes {@code folder} and the files in it (an index folder has no subfolders). */
    private static void deleteFlatFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary index folder " + folder, e);
        }
    }
}
