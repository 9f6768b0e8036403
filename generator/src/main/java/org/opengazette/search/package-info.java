/**
 * Search: the stage that indexes every published version with Lucene, writes the index into the
 * site and exports it for the browser. {@link org.opengazette.search.SearchIndexing} sequences the
 * four packages, each with one role, each depending only on the ones before it (and on the model
 * and {@code site}, never on {@code render}; {@code PipelineLayersTest} checks it):
 *
 * <ol>
 *   <li>{@code search.analysis}: how text becomes tokens, for documents and queries alike
 *       ({@code TextNormalizer}, {@code BigramScanner}, Lucene's {@code BigramAnalyzer}).</li>
 *   <li>{@code search.index}: what a version is to search ({@code SearchRecord}, made by
 *       {@code SearchRecords}), its fields ({@code SearchFields}, {@code RecordDocument}) and the
 *       Lucene index itself ({@code SearchIndex}: Lucene's own {@code IndexWriter}, versions put
 *       or deleted by key, committed as one segment in ordinal order).</li>
 *   <li>{@code search.export}: the committed index as static files for the browser
 *       ({@code StaticExport}, whose Javadoc is the format), read back from the index.</li>
 *   <li>{@code search.query}: the Lucene query of a search box's text and filters, run by
 *       {@code gazette search} ({@code IndexSearch}); the browser runtime in the built-in theme's
 *       {@code static/} ({@code search-analysis.js}: analysis; {@code search-index.js}: reading
 *       the export; {@code search-engine.js}: query and BM25 scores; {@code search.js}: the page)
 *       does the same, bit for bit.</li>
 * </ol>
 *
 * <h2>How to change the analysis</h2>
 * <ol>
 *   <li>Change {@code TextNormalizer} (character mapping and classes) or {@code BigramScanner}
 *       (tokens and their positions), and the same lines of {@code search-analysis.js}
 *       ({@code mapCodePoint}, {@code classOf}, {@code scan}): documents and queries go through the
 *       one definition on each side. Which fields also index single characters is
 *       {@code SearchIndex.UNIGRAM_FIELDS} (the export tells the browser in {@code meta.json}).</li>
 *   <li>Add the cases to {@code AnalysisTest}; {@code DemoParityTest} and {@code CorpusParityTest}
 *       then prove the browser still ranks exactly like Lucene.</li>
 *   <li>Measure it: {@code AnalyzerComparison} in {@code bench/} scores candidate analyses on the
 *       corpus's queries (README, "Benchmark"); MRR@10 must not drop.</li>
 *   <li>Rewrite the export's golden text ({@code ExportTest}, {@code -Dgazette.updateGoldens=true})
 *       and read its diff: it shows every token that changed.</li>
 * </ol>
 *
 * <h2>How to add a field or facet</h2>
 * A <b>searched text field</b> (say, 题注 on its own):
 * <ol>
 *   <li>{@code SearchRecord}: a component for the value; {@code SearchRecords.of} fills it from the
 *       {@code Version}.</li>
 *   <li>{@code SearchFields}: its name, and a {@code Scored} entry with its weight. The export
 *       exports every scored field (field number = place in {@code SCORED}, listed in
 *       {@code meta.json}), and both query sides search every field {@code meta.json} lists: no
 *       change in the browser runtime.</li>
 *   <li>{@code RecordDocument}: a {@code TextField} with that name ({@code Store.YES} if a hit
 *       shows it).</li>
 *   <li>Rewrite the golden export text; the parity tests cover the rest.</li>
 * </ol>
 * A <b>facet</b> (filter and counts, say 主题分类):
 * <ol>
 *   <li>{@code SearchRecord} and {@code SearchRecords} as above; {@code RecordDocument}: a
 *       {@code StringField} to filter on and a {@code SortedDocValuesField} to count (see
 *       {@code keyword}; a list of values takes {@code SortedSetDocValuesField}, as the issuers).</li>
 *   <li>Query side: {@code SearchRequest} (the chosen values), {@code QueryBuilder} (the filter
 *       clause), {@code FacetCounter} ({@code FACETS} and the field), {@code cli.SearchCommand}
 *       (the option).</li>
 *   <li>Export: {@code ColumnExport} (its values in {@code facetValues}, a code per document in
 *       {@code facets}); document the new layout in {@code StaticExport}'s Javadoc and raise
 *       {@code StaticExport.FORMAT}.</li>
 *   <li>Browser: {@code search-index.js} reads the codes ({@code facets}), {@code search-engine.js}
 *       filters and counts them like the four facets there, {@code search.js} shows the links
 *       and keeps the choice in the URL.</li>
 *   <li>Tests: requests with the new filter in {@code DemoParityTest}; the golden export text.</li>
 * </ol>
 */
package org.opengazette.search;
