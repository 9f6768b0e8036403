package org.opengazette.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.grouping.AllGroupsCollector;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TermGroupSelector;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.opengazette.search.index.GazetteSimilarity;
import org.opengazette.search.index.SearchFields;
import org.opengazette.search.index.SearchIndex;

/**
 * Answers {@link SearchRequest}s from the Lucene index of a built site ({@code search/lucene/}):
 * the query of {@link QueryBuilder}, scored by {@link GazetteSimilarity}, sorted by score (or
 * date) with ties broken by ordinal (the doc id of the committed index), its matching versions
 * grouped by document with Lucene's {@link GroupingSearch} (a document ranks where its best
 * version ranks and shows the version that applies if it matches: {@link #applyingFirst}), and
 * the facet counts of {@link FacetCounter}, which count documents.
 */
public final class IndexSearch implements AutoCloseable {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** Searches an open index (the caller keeps ownership of {@code directory}). */
    public IndexSearch(Directory directory) throws IOException {
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(new GazetteSimilarity());
    }

    /** Opens the index of the site in {@code siteFolder}. */
    public static IndexSearch open(Path siteFolder) throws IOException {
        Path folder = siteFolder.resolve(SearchIndex.SITE_FOLDER);
        if (!Files.isDirectory(folder)) {
            throw new IOException("no search index at " + folder + " (build the site first)");
        }
        return new IndexSearch(FSDirectory.open(folder));
    }

    /** Runs the search. */
    public SearchResults search(SearchRequest request) {
        return search(QueryText.parse(request.text()), request);
    }

    /** Runs the search for already analysed text (the request's own text is not read). */
    public SearchResults search(QueryText text, SearchRequest request) {
        try {
            QueryBuilder.BodyOccurrences occurrences = term -> {
                try {
                    return reader.totalTermFreq(new Term(SearchFields.BODY, term));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Query query = QueryBuilder.build(text, request, true, occurrences);
            Sort sort = sort(text, request.sort(), occurrences).rewrite(searcher);
            TopGroups<BytesRef> groups = new GroupingSearch(SearchFields.ID)
                    .setGroupSort(sort)
                    .setSortWithinGroup(applyingFirst(sort))
                    .setGroupDocsLimit(SearchFields.VERSIONS_LISTED)
                    .search(searcher, query, 0, Math.max(1, request.limit()));
            List<SearchHit> hits = new ArrayList<>();
            for (GroupDocs<BytesRef> group : groups.groups) {
                TopFieldCollector.populateScores(group.scoreDocs, searcher, query);
                List<SearchHit> versions = new ArrayList<>();
                for (ScoreDoc version : group.scoreDocs) {
                    versions.add(hit(version, List.of()));
                }
                hits.add(hit(group.scoreDocs[0], versions.subList(1, versions.size())));
            }
            Query complete = QueryBuilder.build(text, request, true, occurrences, true);
            Query base = QueryBuilder.build(text, request, false, occurrences);
            return new SearchResults(
                    documents(query),
                    documents(complete),
                    List.copyOf(hits),
                    FacetCounter.count(searcher, base, request),
                    exact(query, text, occurrences));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    private SearchHit hit(ScoreDoc scoreDoc, List<SearchHit> others) throws IOException {
        Document document = searcher.storedFields().document(scoreDoc.doc);
        NumericDocValues current = MultiDocValues.getNumericValues(reader, SearchFields.CURRENT);
        return new SearchHit(
                scoreDoc.doc,
                document.get(SearchFields.ID),
                document.get(SearchFields.VERSION),
                document.get(SearchFields.TITLE),
                document.get(SearchFields.URL),
                document.get(SearchFields.SOURCE),
                scoreDoc.score,
                current != null && current.advanceExact(scoreDoc.doc) && current.longValue() == 1,
                others);
    }

    /** How many documents have a version matching {@code query}. */
    private int documents(Query query) throws IOException {
        AllGroupsCollector<BytesRef> documents = new AllGroupsCollector<>(new TermGroupSelector(SearchFields.ID));
        searcher.search(query, documents);
        return documents.getGroupCount();
    }

    /**
     * The order of a document's versions within its hit: the version shown at its permanent URL
     * first (it applies on the build's date and, when it is in force then, on a filter's date),
     * then as the hits are sorted.
     */
    static Sort applyingFirst(Sort sort) {
        SortField current = new SortField(SearchFields.CURRENT, SortField.Type.LONG, true);
        current.setMissingValue(0L);
        List<SortField> fields = new ArrayList<>(List.of(current));
        fields.addAll(List.of(sort.getSort()));
        return new Sort(fields.toArray(SortField[]::new));
    }

    /** Ordinals matching {@code query} whose 发文字号 key is the text's. */
    private List<Integer> exact(Query query, QueryText text, QueryBuilder.BodyOccurrences occurrences)
            throws IOException {
        if (text.isEmpty() || text.numberKey().isEmpty()) {
            return List.of();
        }
        Query both = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(SearchFields.NUMBER_KEY, text.numberKey())), BooleanClause.Occur.FILTER)
                .build();
        List<Integer> ords = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(
                        both, Math.max(1, reader.maxDoc()), sort(text, SearchRequest.Sort.RELEVANCE, occurrences))
                .scoreDocs) {
            ords.add(hit.doc);
        }
        ords.sort(null);
        return List.copyOf(ords);
    }

    /**
     * The tier first ({@link QueryBuilder#tier}: every term, then most), then relevance (score) or
     * date (newest first, undated last), then ordinal.
     */
    static Sort sort(QueryText text, SearchRequest.Sort order, QueryBuilder.BodyOccurrences occurrences) {
        SortField tier = DoubleValuesSource.fromQuery(QueryBuilder.tier(text, occurrences))
                .getSortField(true);
        SortField ord = SortField.FIELD_DOC;
        if (order == SearchRequest.Sort.DATE) {
            SortField date = new SortField(SearchFields.DATE, SortField.Type.LONG, true);
            date.setMissingValue(Long.MIN_VALUE);
            return new Sort(tier, date, ord);
        }
        return new Sort(tier, SortField.FIELD_SCORE, ord);
    }

    @Override
    public void close() throws IOException {
        Directory directory = reader.directory();
        reader.close();
        if (directory instanceof FSDirectory) {
            directory.close();
        }
    }
}
