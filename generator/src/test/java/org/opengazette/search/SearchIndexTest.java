package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.LoadedContent;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.Library;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;
import org.opengazette.search.index.SearchFields;
import org.opengazette.search.index.SearchRecord;
import org.opengazette.search.index.SearchRecords;
import org.opengazette.search.query.IndexSearch;
import org.opengazette.search.query.QueryText;
import org.opengazette.search.query.SearchHit;
import org.opengazette.search.query.SearchRequest;
import org.opengazette.search.query.SearchResults;
import org.opengazette.site.Downloads;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Theme;

/** The index of a fixture site: what is in it, how it ranks and filters, and that it is reproducible. */
class SearchIndexTest {
    @TempDir
    static Path temp;

    static Path site;
    static BuildResult built;

    @BeforeAll
    static void buildFixture() {
        site = temp.resolve("site");
        built = BuiltSite.build(FixtureContent.write(temp.resolve("content")), site);
    }

    private static SearchResults search(SearchRequest request) throws IOException {
        try (IndexSearch search = IndexSearch.open(site)) {
            return search.search(request);
        }
    }

    private static SearchRequest filtered(String text, List<String> statuses, LocalDate on, SearchRequest.Sort sort) {
        return new SearchRequest(text, statuses, List.of(), List.of(), List.of(), on, sort, 20);
    }

    private static List<String> sources(SearchResults results) {
        return results.hits().stream().map(SearchHit::sourcePath).toList();
    }

    @Test
    void searchIsItsOwnStageOfTheBuild() {
        assertTrue(
                built.stageMillis().containsKey("search"), built.stageMillis().toString());
        List<String> stages = List.copyOf(built.stageMillis().keySet());
        assertTrue(
                stages.indexOf("bodies") < stages.indexOf("search")
                        && stages.indexOf("search") < stages.indexOf("pages"),
                "search between bodies and pages: " + stages);
    }

    @Test
    void theSearchPageIsInTheNavigationAndEveryOtherPageHasASearchForm() throws IOException {
        org.jsoup.nodes.Document home =
                org.jsoup.Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertEquals(1, home.select("nav.site-nav a[href=search/index.html]").size());
        assertEquals("search/index.html", home.selectFirst("form.header-search").attr("action"));
        assertEquals(
                "q", home.selectFirst("form.header-search input[type=search]").attr("name"));
        org.jsoup.nodes.Document search =
                org.jsoup.Jsoup.parse(site.resolve("search/index.html").toFile(), "UTF-8");
        assertEquals(
                "../search/index.html",
                search.selectFirst("nav.site-nav a[aria-current=page]").attr("href"));
        assertTrue(search.select("form.header-search").isEmpty(), "the search page has its own form");
        assertEquals(1, search.select("[data-search-results]").size());
        assertEquals("search-q", search.selectFirst("label:contains(检索词)").attr("for"));
        assertTrue(search.select("script:not([src])").isEmpty(), "no inline script under the CSP");
    }

    @Test
    void everyPublishedVersionIsIndexedInOrdinalOrderAndNothingElse() throws IOException {
        try (FSDirectory directory = FSDirectory.open(site.resolve(SearchIndexing.LUCENE_FOLDER));
                DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(built.versions(), reader.numDocs());
            assertEquals(1, reader.leaves().size(), "one segment: doc id = ordinal");
            StoredFields stored = reader.storedFields();
            for (int doc = 1; doc < reader.maxDoc(); doc++) {
                org.apache.lucene.document.Document previous = stored.document(doc - 1);
                org.apache.lucene.document.Document document = stored.document(doc);
                int byId = previous.get(SearchFields.ID).compareTo(document.get(SearchFields.ID));
                String before = previous.get(SearchFields.VERSION);
                assertTrue(
                        byId < 0
                                || byId == 0
                                        && (before.equals("undated")
                                                || before.compareTo(document.get(SearchFields.VERSION)) < 0),
                        "document id, then oldest version first: " + previous + " before " + document);
                assertFalse(document.get(SearchFields.TITLE).contains(FixtureContent.SECRET_WORD));
            }
        }
    }

    @Test
    void nonPublicVersionsNeverReachTheIndexOrItsExport() throws IOException {
        assertEquals(0, search(SearchRequest.of(FixtureContent.SECRET_WORD, 10)).total());
        assertEquals(0, search(SearchRequest.of("示范内部文件", 10)).total());
        byte[][] forms = {
            FixtureContent.SECRET_WORD.getBytes(StandardCharsets.UTF_8),
            FixtureContent.SECRET_WORD.getBytes(StandardCharsets.UTF_16LE),
            "内部".getBytes(StandardCharsets.UTF_8),
            "内部".getBytes(StandardCharsets.UTF_16LE)
        };
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte[] form : forms) {
                    assertFalse(contains(bytes, form), file + " holds text of the non-public document");
                }
            }
        }
    }

    @Test
    void aBuildWithoutSearchWritesNoIndexAndKeepsEverythingElse() throws IOException {
        Path without = temp.resolve("without-search");
        BuildRequest request = BuildRequest.forProject(BuiltSite.REPO)
                .withOutput(without)
                .withAsOf(BuiltSite.AS_OF)
                .withContent(temp.resolve("content"))
                .withSearch(false);
        BuildResult result = Pipeline.build(request.withPdf(request.pdf().withEnabled(false)), ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertFalse(
                result.stageMillis().containsKey("search"), result.stageMillis().toString());
        assertFalse(Files.exists(without.resolve("search/lucene")));
        assertFalse(Files.exists(without.resolve("search/index")));
        assertTrue(Files.isRegularFile(without.resolve("search/index.html")), "the page is still there");
        try (Stream<Path> files = Files.walk(site)) {
            long indexFiles = files.filter(f -> site.relativize(f).toString().startsWith("search/")
                            && !f.toString().endsWith(".html")
                            && Files.isRegularFile(f))
                    .count();
            assertEquals(built.files() - indexFiles, result.files(), "only the index's files are missing");
        }
        assertTrue(
                built.stageMillis().containsKey("search"), built.stageMillis().toString());
    }

    @Test
    void recordsAreMadeOnlyFromAPublishableLibrary() {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
        SiteConfig config = new ConfigLoader(BuiltSite.REPO.resolve("site-config"), Path::toString, diagnostics).load();
        LoadedContent loaded = new ContentLoader(temp.resolve("content"), config, Path::toString, diagnostics).load();
        Library everything = new Library(loaded.documents(), loaded.issues(), loaded.pages());
        Theme theme = Theme.builtIn("zh-CN");
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, MarkdownRenderer.Rendered> bodies = new HashMap<>();
        everything
                .documents()
                .forEach(d -> d.versions().forEach(v -> bodies.put(v.sourcePath(), markdown.render(v.body()))));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> SearchRecords.of(
                        new RenderContext(everything, config, theme, BuiltSite.AS_OF, bodies, Downloads.none())));
        assertTrue(refused.getMessage().contains("secret.md"), refused.getMessage());
        List<SearchRecord> published = SearchRecords.of(
                new RenderContext(everything.publishable(), config, theme, BuiltSite.AS_OF, bodies, Downloads.none()));
        assertEquals(built.versions(), published.size());
    }

    @Test
    void anExactDocNumberComesFirstWhateverBracketsAreTyped() throws IOException {
        SearchResults results = search(SearchRequest.of("示范主席令第2号", 10));
        assertEquals(
                "documents/fixture-law/2020-01-01.md", results.hits().get(0).sourcePath());
        assertEquals(List.of(results.hits().get(0).ord()), results.exact());
        assertEquals(
                "documents/repealer.md",
                search(SearchRequest.of("国务院令 第900号", 10)).hits().get(0).sourcePath());
    }

    @Test
    void aDocumentIsOneHitShowingTheVersionInForceWithItsOlderVersionUnderIt() throws IOException {
        SearchResults results = search(SearchRequest.of("示范管理法", 10));
        SearchHit hit = results.hits().get(0);
        assertEquals("documents/fixture-law/2020-01-01.md", hit.sourcePath());
        assertTrue(hit.current());
        assertEquals(
                List.of("documents/fixture-law/2010-01-01.md"),
                hit.others().stream().map(SearchHit::sourcePath).toList());
        assertEquals(
                1,
                results.hits().stream().filter(h -> h.id().equals(hit.id())).count(),
                "the older version is no hit of its own");
        assertEquals(results.hits().size(), results.total(), "total counts documents");
    }

    @Test
    void aQueryOrDateThatMatchesOnlyAnOlderVersionShowsIt() throws IOException {
        SearchHit old = search(SearchRequest.of("旧版本特有", 10)).hits().get(0);
        assertEquals("documents/fixture-law/2010-01-01.md", old.sourcePath());
        assertFalse(old.current(), "labelled as an earlier version");
        assertEquals(List.of(), old.others());
        SearchHit then = search(
                        filtered("示范管理法", List.of(), LocalDate.parse("2015-06-01"), SearchRequest.Sort.RELEVANCE))
                .hits()
                .get(0);
        assertEquals("documents/fixture-law/2010-01-01.md", then.sourcePath(), "the version in force on that day");
        assertEquals(List.of(), then.others());
    }

    @Test
    void facetsCountDocumentsNotVersions() throws IOException {
        SearchResults results = search(SearchRequest.of("示范管理法", 10));
        assertEquals(
                results.total(),
                results.facets().get("kind").values().stream()
                        .mapToInt(Integer::intValue)
                        .sum(),
                "the two versions of the fixture law count once: " + results.facets());
        assertEquals(
                1,
                search(filtered("示范管理法", List.of("in_force", "amended"), null, SearchRequest.Sort.RELEVANCE))
                        .facets()
                        .get("issuer")
                        .get("全国人民代表大会常务委员会"));
    }

    @Test
    void quotedPhrasesMustOccurAsWritten() throws IOException {
        assertEquals(
                List.of("documents/fixture-law/2020-01-01.md"), sources(search(SearchRequest.of("\"数字化管理\"", 10))));
        assertEquals(0, search(SearchRequest.of("\"管理数字化\"", 10)).total());
        assertEquals(1, search(SearchRequest.of("数字化 管理", 10)).total(), "loose words may be anywhere");
    }

    @Test
    void aQueryTypedWithoutSpacesFindsItsWordsApartAndSaysSo() throws IOException {
        SearchResults apart = search(SearchRequest.of("管理数字化", 10));
        assertEquals("documents/fixture-law/2020-01-01.md", apart.hits().get(0).sourcePath());
        assertEquals(0, apart.complete(), "no version has 理数: the page says only some words were found");
        SearchResults together = search(SearchRequest.of("数字化管理", 10));
        assertEquals(
                "documents/fixture-law/2020-01-01.md", together.hits().get(0).sourcePath());
        assertTrue(together.complete() >= 1);
    }

    @Test
    void orFindsTheDocumentsOfEitherAlternative() throws IOException {
        List<String> either = search(SearchRequest.of("办理程序 OR 数字化管理", 10)).hits().stream()
                .map(SearchHit::sourcePath)
                .sorted()
                .toList();
        assertEquals(List.of("documents/fixture-law/2020-01-01.md", "documents/repealed-rule.md"), either);
        assertEquals(0, search(SearchRequest.of("办理程序 数字化管理", 10)).complete(), "without OR both are needed");
    }

    @Test
    void aVeryLongQueryIsCutToItsBeginningAndAnswers() throws IOException {
        String text = "示范管理法数字化管理".repeat(100);
        assertTrue(QueryText.parse(text).truncated());
        assertEquals(
                QueryText.parse(text.substring(0, QueryText.MAX_CHARS)).terms(),
                QueryText.parse(text).terms());
        assertEquals(
                "documents/fixture-law/2020-01-01.md",
                search(SearchRequest.of(text, 10)).hits().get(0).sourcePath());
    }

    @Test
    void snippetsComeFromTheBodyAndMarkOnlyTheQuerysTokens() throws Exception {
        List<JsonNode> answers =
                NodeRunner.run(site, List.of(SearchRequest.of("示范题注字段", 10), SearchRequest.of("法释〔2024〕7号", 10)));
        JsonNode inField = answers.get(0).get("hits").get(0);
        assertEquals("documents/snippet.md", inField.get("source").asText());
        assertEquals(
                "本规定于2024年3月27日公布。依照法释〔2024〕7号执行。",
                inField.get("snippet").asText().strip());
        JsonNode number = answers.get(1).get("hits").get(0);
        String text = number.get("snippet").asText();
        List<String> marked = new ArrayList<>();
        number.get("marks")
                .forEach(span -> marked.add(
                        text.substring(span.get(0).asInt(), span.get(1).asInt())));
        assertEquals(List.of("2024", "法释", "2024", "7"), marked, "not the 7 of 27日: " + text);
    }

    @Test
    void statusFilterKeepsTheOtherStatusesInItsFacet() throws IOException {
        SearchResults results = search(filtered("示范", List.of("amended"), null, SearchRequest.Sort.RELEVANCE));
        assertEquals(List.of("documents/fixture-law/2010-01-01.md"), sources(results));
        Map<String, Integer> statuses = results.facets().get("status");
        assertEquals(1, statuses.get("amended"));
        assertTrue(statuses.get("in_force") >= 2, statuses.toString());
        assertEquals(Map.of("law", 1), results.facets().get("kind"));
    }

    @Test
    void inForceOnADateFollowsEveryVersionsValidity() throws IOException {
        assertEquals(
                List.of(
                        "documents/fixture-law/2010-01-01.md",
                        "documents/repealed-outside.md",
                        "documents/repealed-rule.md",
                        "documents/undated.md"),
                sources(search(filtered("", List.of(), LocalDate.parse("2015-06-01"), SearchRequest.Sort.RELEVANCE)))
                        .stream()
                        .filter(s -> !s.contains("term") && !s.contains("explicit"))
                        .toList());
        List<String> on2021 =
                sources(search(filtered("", List.of(), LocalDate.parse("2021-06-01"), SearchRequest.Sort.RELEVANCE)));
        assertTrue(
                on2021.contains("documents/fixture-law/2020-01-01.md") && on2021.contains("documents/term-limited.md"));
        assertFalse(on2021.contains("documents/repealed-rule.md")
                || on2021.contains("documents/fixture-law/2010-01-01.md"));
        assertTrue(
                sources(search(filtered("", List.of(), LocalDate.parse("2022-12-31"), SearchRequest.Sort.RELEVANCE)))
                        .contains("documents/term-limited.md"),
                "in force on the last day of its term");
        assertFalse(
                sources(search(filtered("", List.of(), LocalDate.parse("2023-01-01"), SearchRequest.Sort.RELEVANCE)))
                        .contains("documents/term-limited.md"));
        assertTrue(sources(search(filtered("", List.of(), LocalDate.parse("2030-01-01"), SearchRequest.Sort.RELEVANCE)))
                .contains("documents/future.md"));
        assertFalse(
                sources(search(filtered("", List.of(), BuiltSite.AS_OF, SearchRequest.Sort.RELEVANCE)))
                        .contains("documents/explicit.md"),
                "an explicit status holds on every date");
    }

    @Test
    void sortingByDateKeepsUndatedVersionsLast() throws IOException {
        SearchResults results = search(filtered("示范", List.of(), null, SearchRequest.Sort.DATE));
        List<String> sources = sources(results);
        assertEquals("documents/future.md", sources.get(0));
        assertEquals("documents/undated.md", sources.get(sources.size() - 1));
        assertEquals(results.total(), sources.size(), "no version is dropped for want of a date");
    }

    @Test
    void theIndexIsAValidLuceneIndexAndTheSameForTheSameContent() throws IOException {
        Path again = temp.resolve("again");
        BuiltSite.build(temp.resolve("content"), again);
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = again.resolve(site.relativize(file));
                assertArrayEquals(
                        Files.readAllBytes(file), Files.readAllBytes(twin), "differs: " + site.relativize(file));
            }
        }
        try (FSDirectory directory = FSDirectory.open(site.resolve(SearchIndexing.LUCENE_FOLDER));
                CheckIndex check = new CheckIndex(directory)) {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            assertTrue(check.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
            for (SegmentCommitInfo segment : SegmentInfos.readLatestCommit(directory)) {
                Map<String, String> diagnostics = segment.info.getDiagnostics();
                assertEquals("", diagnostics.get("timestamp"), "no time, no machine: " + diagnostics);
                assertEquals("", diagnostics.get("java.runtime.version"));
                assertEquals(org.apache.lucene.util.Version.LATEST.toString(), diagnostics.get("lucene.version"));
            }
        }
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
