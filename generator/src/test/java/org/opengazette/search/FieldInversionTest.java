package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
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
import org.opengazette.output.SiteOutput;
import org.opengazette.site.Downloads;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Theme;

/**
 * The body inverted by {@link FieldInversion} and written through {@link WithInvertedField} gives
 * the index Lucene's own indexing chain gives (every term, posting, position, norm and statistic
 * of every field), and the export made from the inverted parts before the index is written is
 * byte for byte the export read back from the index.
 */
class FieldInversionTest {
    @TempDir
    Path temp;

    @Test
    void theDemoContentIndexesAsLuceneWouldIndexIt() throws IOException {
        List<SearchRecord> records = demoRecords();
        assertTrue(records.size() > 50, "the demo has its documents");
        for (long partitionChars : new long[] {IndexBuilder.PARTITION_CHARS, 20_000}) {
            assertSameIndex(records, SearchIndexing.UNIGRAM_FIELDS, partitionChars);
        }
    }

    @Test
    void unusualTextIndexesAsLuceneWouldIndexIt() throws IOException {
        List<String> bodies = List.of(
                "",
                "　，。！",
                "中",
                "第一条　为了规范行政规范性文件管理，根据《中华人民共和国立法法》，制定本办法。",
                "ＧＢ／Ｔ　９７０４－２０１２《党政机关公文格式》ABC abc Abc 2020年",
                "𠀋𡈽 non-BMP 𠀋中𡈽𠀋 and a lone surrogate \uD840 here",
                "x".repeat(64) + " " + "y".repeat(65) + " 二〇二四年 ひらがな カタカナ 한국어",
                "法律法律法律法律 法律 法 律 法律。法律",
                "国务院令第708号\n\n国办发〔2019〕39号\t粤府〔2020〕1号",
                "ab ab0000000 ab00000000 ab000000000 0 00 000000000 0000000000 2020 20200 z9 9z zzzzzzzzz");
        List<SearchRecord> records = new ArrayList<>();
        for (String body : bodies) {
            records.add(record(records.size(), body));
        }
        assertSameIndex(records, SearchIndexing.UNIGRAM_FIELDS, 40);
        assertSameIndex(records, Set.of(SearchFields.TITLE, SearchFields.BODY), 40);
    }

    @Test
    void randomTextIndexesAsLuceneWouldIndexIt() throws IOException {
        String alphabet = "法律规定条款国务院办公厅第一二三〇ＡＢａｂAb09 ，。、《》〔〕\n𠀋𡈽ひカ한";
        int[] codePoints = alphabet.codePoints().toArray();
        Random random = new Random(20261128);
        List<SearchRecord> records = new ArrayList<>();
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                body.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            records.add(record(doc, body.toString()));
        }
        assertSameIndex(records, SearchIndexing.UNIGRAM_FIELDS, 5_000);
        assertSameIndex(records, Set.of(SearchFields.TITLE, SearchFields.BODY), 5_000);
    }

    @Test
    void workGivenToPrepareRunsOnceOnTheCallingThreadWhateverThePartitions() {
        List<SearchRecord> demo = demoRecords();
        for (List<SearchRecord> records : List.of(demo, List.<SearchRecord>of())) {
            for (long partitionChars : new long[] {IndexBuilder.PARTITION_CHARS, 20_000}) {
                List<Thread> ran = new ArrayList<>();
                IndexBuilder builder =
                        new IndexBuilder(new BigramAnalyzer(SearchIndexing.UNIGRAM_FIELDS), true, partitionChars);
                try (IndexBuilder.Prepared prepared = builder.prepare(records, () -> ran.add(Thread.currentThread()))) {
                    assertEquals(
                            List.of(Thread.currentThread()),
                            ran,
                            records.size() + " records, " + prepared.segments().size() + " segments");
                }
            }
        }
    }

    @Test
    void theExportMadeBeforeTheIndexIsWrittenEqualsTheExportReadBackFromTheIndex() throws IOException {
        List<SearchRecord> records = demoRecords();
        IndexBuilder builder = new IndexBuilder(new BigramAnalyzer(SearchIndexing.UNIGRAM_FIELDS), true, 20_000);
        try (IndexBuilder.Prepared prepared = builder.prepare(records);
                Directory directory = new ByteBuffersDirectory()) {
            assertTrue(
                    prepared.bodies().size() > 1,
                    "several segments: " + prepared.bodies().size());
            Map<String, byte[]> beforehand;
            try (IndexReader reader = builder.reader(prepared)) {
                beforehand = export(reader, records, Map.of(SearchFields.BODY, prepared.bodies()), "beforehand");
            }
            builder.write(prepared, directory);
            Map<String, byte[]> readBack;
            try (IndexReader reader = DirectoryReader.open(directory)) {
                readBack = export(reader, records, Map.of(), "read-back");
            }
            assertEquals(readBack.keySet(), beforehand.keySet());
            assertTrue(
                    readBack.keySet()
                            .containsAll(List.of(
                                    "terms.bin",
                                    "postings.bin",
                                    "positions.bin",
                                    "norms.bin",
                                    "meta.json",
                                    "docs.bin")),
                    readBack.keySet().toString());
            readBack.forEach((name, bytes) -> assertArrayEquals(bytes, beforehand.get(name), name));
        }
    }

    private Map<String, byte[]> export(
            IndexReader reader, List<SearchRecord> records, Map<String, List<InvertedField>> inverted, String name)
            throws IOException {
        Path site = temp.resolve(name);
        try (SiteOutput output = SiteOutput.stage(site)) {
            StaticExport.write(reader, records, SearchIndexing.UNIGRAM_FIELDS, inverted, output, "search/index/");
            StaticExport.writeDocuments(records, output, "search/index/");
            output.commit();
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (var paths = java.nio.file.Files.list(site.resolve("search/index"))) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), java.nio.file.Files.readAllBytes(path));
            }
        }
        return files;
    }

    private static void assertSameIndex(List<SearchRecord> records, Set<String> unigramFields, long partitionChars)
            throws IOException {
        BigramAnalyzer analyzer = new BigramAnalyzer(unigramFields);
        try (Directory lucene = new ByteBuffersDirectory();
                Directory ours = new ByteBuffersDirectory()) {
            assertEquals(List.of(), new IndexBuilder(analyzer, false, partitionChars).build(records, lucene));
            List<InvertedField> inverted = new IndexBuilder(analyzer, true, partitionChars).build(records, ours);
            assertEquals(
                    records.size(),
                    inverted.stream().mapToInt(InvertedField::maxDoc).sum());
            try (DirectoryReader expected = DirectoryReader.open(lucene);
                    DirectoryReader actual = DirectoryReader.open(ours)) {
                assertEquals(expected.maxDoc(), actual.maxDoc());
                assertEquals(expected.leaves().size(), actual.leaves().size());
                for (FieldInfo field : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(expected)) {
                    FieldInfo other = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(actual)
                            .fieldInfo(field.name);
                    assertNotNull(other, field.name);
                    assertEquals(field.getIndexOptions(), other.getIndexOptions(), field.name);
                    assertEquals(field.hasNorms(), other.hasNorms(), field.name);
                    assertSameTerms(
                            field.name,
                            MultiTerms.getTerms(expected, field.name),
                            MultiTerms.getTerms(actual, field.name));
                    if (field.hasNorms()) {
                        assertSameNorms(
                                field.name,
                                MultiDocValues.getNormValues(expected, field.name),
                                MultiDocValues.getNormValues(actual, field.name));
                    }
                }
            }
        }
    }

    private static void assertSameTerms(String field, Terms expected, Terms actual) throws IOException {
        if (expected == null) {
            assertNull(actual, field);
            return;
        }
        assertNotNull(actual, field);
        assertEquals(expected.getDocCount(), actual.getDocCount(), field);
        assertEquals(expected.getSumDocFreq(), actual.getSumDocFreq(), field);
        assertEquals(expected.getSumTotalTermFreq(), actual.getSumTotalTermFreq(), field);
        TermsEnum left = expected.iterator();
        TermsEnum right = actual.iterator();
        PostingsEnum leftPostings = null;
        PostingsEnum rightPostings = null;
        BytesRef term;
        int terms = 0;
        while ((term = left.next()) != null) {
            BytesRef other = right.next();
            assertEquals(term, other, field + " term " + terms);
            String name = field + ":" + term.utf8ToString();
            assertEquals(left.docFreq(), right.docFreq(), name);
            assertEquals(left.totalTermFreq(), right.totalTermFreq(), name);
            leftPostings = left.postings(leftPostings, PostingsEnum.ALL);
            rightPostings = right.postings(rightPostings, PostingsEnum.ALL);
            for (int doc = leftPostings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = leftPostings.nextDoc()) {
                assertEquals(doc, rightPostings.nextDoc(), name);
                assertEquals(leftPostings.freq(), rightPostings.freq(), name + " in " + doc);
                for (int i = 0; i < leftPostings.freq(); i++) {
                    assertEquals(leftPostings.nextPosition(), rightPostings.nextPosition(), name + " in " + doc);
                }
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, rightPostings.nextDoc(), name);
            terms++;
        }
        assertNull(right.next(), field + ": no more terms");
        assertTrue(terms > 0, field);
    }

    private static void assertSameNorms(String field, NumericDocValues expected, NumericDocValues actual)
            throws IOException {
        for (int doc = expected.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = expected.nextDoc()) {
            assertTrue(actual.advanceExact(doc), field + " has a norm for " + doc);
            assertEquals(expected.longValue(), actual.longValue(), field + " norm of " + doc);
        }
    }

    private static SearchRecord record(int ord, String body) {
        return new SearchRecord(
                ord,
                "doc-" + ord,
                "",
                "标题" + ord + "号 规定",
                null,
                "rules",
                "规章",
                List.of("国务院"),
                List.of("综合政务"),
                body,
                "in_force",
                "现行有效",
                null,
                "",
                List.of(),
                true,
                "docs/doc-" + ord + "/",
                "rules/doc-" + ord + ".md");
    }

    /** The records of this repository's demo content, as a build makes them. */
    private static List<SearchRecord> demoRecords() {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
        SiteConfig config = new ConfigLoader(BuiltSite.REPO.resolve("site-config"), Path::toString, diagnostics).load();
        LoadedContent loaded =
                new ContentLoader(BuiltSite.REPO.resolve("content"), config, Path::toString, diagnostics).load();
        Library library = new Library(loaded.documents(), loaded.issues(), loaded.pages()).publishable();
        Theme theme = Theme.builtIn("zh-CN");
        MarkdownRenderer markdown = new MarkdownRenderer();
        Map<String, MarkdownRenderer.Rendered> bodies = new HashMap<>();
        library.documents()
                .forEach(d -> d.versions().forEach(v -> bodies.put(v.sourcePath(), markdown.render(v.body()))));
        return SearchRecords.of(new RenderContext(library, config, theme, BuiltSite.AS_OF, bodies, Downloads.none()));
    }
}
