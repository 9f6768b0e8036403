package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
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
import org.opengazette.model.Validity;
import org.opengazette.output.SiteOutput;
import org.opengazette.search.export.StaticExport;
import org.opengazette.search.index.SearchFields;
import org.opengazette.search.index.SearchIndex;
import org.opengazette.search.index.SearchRecord;
import org.opengazette.search.index.SearchRecords;
import org.opengazette.search.index.SearchTexts;
import org.opengazette.site.Downloads;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Theme;

/**
 * The browser's export is the Lucene index: decoded by its documented format ({@link
 * ExportReader}), it holds every term, posting, position, norm and statistic of every exported
 * field exactly as Lucene's index does, for documents in ordinal order; the same records give the same files
 * (the export's files) whatever order they are put in, and an index brought up to date exports as
 * one built afresh. A
 * 3-document export is compared file by file with a golden text.
 */
class ExportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/org/opengazette/search/export-golden.txt");

    /** The text of each record made here, by identity: a record holds only its text's length. */
    private static final Map<SearchRecord, String> TEXTS = Collections.synchronizedMap(new IdentityHashMap<>());

    @TempDir
    Path temp;

    @Test
    void theDemoExportHoldsTheIndex() throws IOException {
        List<SearchRecord> records = demoRecords();
        assertTrue(records.size() > 50, "the demo has its documents");
        assertExportHoldsTheIndex(records);
    }

    @Test
    void unusualAndRandomTextExportsAsLuceneIndexesIt() throws IOException {
        List<String> bodies = new ArrayList<>(List.of(
                "",
                "　，。！",
                "中",
                "第一条　为了规范行政规范性文件管理，根据《中华人民共和国立法法》，制定本办法。",
                "ＧＢ／Ｔ　９７０４－２０１２《党政机关公文格式》ABC abc Abc 2020年",
                "𠀋𡈽 non-BMP 𠀋中𡈽𠀋 here",
                "x".repeat(64) + " " + "y".repeat(65) + " 二〇二四年 ひらがな カタカナ 한국어",
                "法律法律法律法律 法律 法 律 法律。法律",
                "国务院令第708号\n\n国办发〔2019〕39号\t粤府〔2020〕1号"));
        int[] codePoints =
                "法律规定条款国务院办公厅第一二三〇ＡＢａｂAb09 ，。、《》〔〕\n𠀋𡈽ひカ한".codePoints().toArray();
        Random random = new Random(20261128);
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder body = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                body.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            bodies.add(body.toString());
        }
        List<SearchRecord> records = new ArrayList<>();
        for (String body : bodies) {
            records.add(record(records.size(), body));
        }
        assertExportHoldsTheIndex(records);
    }

    @Test
    void theSameRecordsGiveTheSameExportInAnyOrder() throws IOException {
        List<SearchRecord> records = demoRecords();
        List<SearchRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(14));
        assertEquals(files(build(records), records), files(build(shuffled), records));
    }

    @Test
    void anIndexBroughtUpToDateEqualsOneBuiltAfresh() throws IOException {
        List<SearchRecord> records = demoRecords();
        SearchRecord changed = records.get(3);
        SearchRecord edited = withText(changed, TEXTS.get(changed) + "\n新增的一段文字");
        SearchRecord deleted = records.get(7);
        List<SearchRecord> after = new ArrayList<>(records);
        after.set(3, edited);
        after.remove(deleted);

        Directory kept = new ByteBuffersDirectory();
        try (SearchIndex index = SearchIndex.create(kept)) {
            records.forEach(record -> index.put(record, TEXTS.get(record)));
            index.commit();
        }
        try (SearchIndex index = SearchIndex.open(kept)) {
            index.put(edited, TEXTS.get(edited));
            index.delete(deleted.id(), deleted.version());
            index.commit();
        }
        assertEquals(files(build(after), after), files(kept, after));
    }

    @Test
    void aThreeDocumentExportMatchesItsGoldenText() throws IOException {
        String first = "第一条 为了规范管理，制定本规章。";
        String second = "第一条 为了规范管理，制定本规章。\n第二条 本规章自2024年6月1日起施行。";
        String third = "按照ＧＢ／Ｔ 9704执行。\n附：示范来源/内部字段.md";
        List<SearchRecord> records = List.of(
                texted(
                        first,
                        new SearchRecord(
                                0,
                                "a-rule",
                                "2020-01-01",
                                "示范规章",
                                "示范令第1号",
                                "rule",
                                "规章",
                                List.of("示范市人民政府"),
                                List.of("综合政务"),
                                first.length(),
                                17,
                                "amended",
                                "已修改",
                                LocalDate.parse("2020-01-01"),
                                "2020年1月1日",
                                List.of(new Validity(LocalDate.parse("2020-01-01"), LocalDate.parse("2024-05-31"))),
                                false,
                                "documents/a-rule/2020-01-01/",
                                "documents/a-rule/2020-01-01.md")),
                texted(
                        second,
                        new SearchRecord(
                                1,
                                "a-rule",
                                "2024-06-01",
                                "示范规章",
                                "示范令第9号",
                                "rule",
                                "规章",
                                List.of("示范市人民政府"),
                                List.of("综合政务"),
                                second.length(),
                                second.length(),
                                "in_force",
                                "现行有效",
                                LocalDate.parse("2024-06-01"),
                                "2024年6月1日",
                                List.of(new Validity(LocalDate.parse("2024-06-01"), null)),
                                true,
                                "documents/a-rule/",
                                "documents/a-rule/2024-06-01.md")),
                texted(
                        third,
                        new SearchRecord(
                                2,
                                "b-notice",
                                "",
                                "关于GB 9704的通知",
                                null,
                                "notice",
                                "通知",
                                List.of(),
                                List.of(),
                                third.length(),
                                "按照ＧＢ／Ｔ 9704执行。".length(),
                                "in_force",
                                "现行有效",
                                null,
                                "",
                                List.of(),
                                true,
                                "documents/b-notice/",
                                "documents/b-notice.md")));
        String dump = new ExportReader(export(build(records), records)).dump();
        if (Boolean.getBoolean("gazette.updateGoldens")) {
            Files.writeString(GOLDEN, dump);
        }
        assertEquals(
                Files.readString(GOLDEN), dump, "rewrite with -Dgazette.updateGoldens=true after an intended change");
    }

    /** Lucene's terms, postings, positions, norms and statistics of every exported field are the export's. */
    private void assertExportHoldsTheIndex(List<SearchRecord> records) throws IOException {
        Directory directory = build(records);
        Path folder = export(directory, records);
        Map<String, List<ExportReader.Entry>> dictionary = new ExportReader(folder).dictionary();
        JsonNode meta = new ObjectMapper().readTree(folder.resolve("meta.json").toFile());
        byte[] norms = Files.readAllBytes(folder.resolve("norms.bin"));
        List<String> fields = new ArrayList<>(
                SearchFields.SCORED.stream().map(SearchFields.Scored::name).toList());
        fields.add(SearchFields.NUMBER_KEY);
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(records.size(), meta.get("documents").asInt());
            LeafReader segment = reader.leaves().get(0).reader();
            Map<String, List<ExportReader.Entry>> expected = new TreeMap<>();
            for (int f = 0; f < fields.size(); f++) {
                String field = fields.get(f);
                boolean scored = f < SearchFields.SCORED.size();
                Terms terms = segment.terms(field);
                assertNotNull(terms, field);
                if (scored) {
                    JsonNode stats = meta.get("fields").get(f);
                    assertEquals(field, stats.get("name").asText());
                    assertEquals(terms.getDocCount(), stats.get("docCount").asInt(), field);
                    assertEquals(
                            terms.getSumTotalTermFreq(),
                            stats.get("sumTotalTermFreq").asLong(),
                            field);
                    NumericDocValues values = segment.getNormValues(field);
                    byte[] fieldNorms = ExportReader.normsOf(norms, stats.get("norms"));
                    assertEquals(records.size(), fieldNorms.length, field + " norms");
                    for (int doc = 0; doc < records.size(); doc++) {
                        byte norm = values.advanceExact(doc) ? (byte) values.longValue() : 0;
                        assertEquals(norm, fieldNorms[doc], field + " norm of " + doc);
                    }
                }
                TermsEnum iterator = terms.iterator();
                PostingsEnum postings = null;
                BytesRef term;
                while ((term = iterator.next()) != null) {
                    postings = iterator.postings(postings, scored ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                    List<ExportReader.Posting> list = new ArrayList<>();
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        List<Integer> places = new ArrayList<>();
                        for (int i = 0; scored && i < postings.freq(); i++) {
                            places.add(postings.nextPosition());
                        }
                        list.add(new ExportReader.Posting(doc, scored ? postings.freq() : 1, places));
                    }
                    expected.computeIfAbsent(term.utf8ToString(), t -> new ArrayList<>())
                            .add(new ExportReader.Entry(f, iterator.docFreq(), list));
                }
            }
            assertEquals(expected.keySet(), dictionary.keySet());
            expected.forEach((term, entries) -> assertEquals(entries, dictionary.get(term), term));
        }
    }

    private static Directory build(List<SearchRecord> records) {
        Directory directory = new ByteBuffersDirectory();
        try (SearchIndex index = SearchIndex.create(directory)) {
            records.forEach(record -> index.put(record, TEXTS.get(record)));
            index.commit();
        }
        return directory;
    }

    private Path export(Directory directory, List<SearchRecord> records) throws IOException {
        Path site = Files.createTempDirectory(temp, "site");
        try (SiteOutput output = SiteOutput.stage(site);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            int recordBytes = StaticExport.writeDocuments(records, TEXTS::get, output, StaticExport.SITE_FOLDER);
            StaticExport.write(reader, records, recordBytes, output, StaticExport.SITE_FOLDER);
            output.commit();
        }
        return site.resolve(StaticExport.SITE_FOLDER);
    }

    /**
     * The export's files, by name. (The Lucene files themselves are the same for the same records
     * put in the same order, as a build puts them; Lucene numbers fields and names segments in the
     * order it meets them.)
     */
    private Map<String, String> files(Directory directory, List<SearchRecord> records) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path folder = export(directory, records);
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                files.put("index/" + path.getFileName(), digest(Files.readAllBytes(path)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Remembers {@code text} as the text of {@code record} (a record holds only its length); returns the record. */
    private static SearchRecord texted(String text, SearchRecord record) {
        TEXTS.put(record, text);
        return record;
    }

    private static SearchRecord withText(SearchRecord r, String text) {
        return texted(
                text,
                new SearchRecord(
                        r.ord(),
                        r.id(),
                        r.version(),
                        r.title(),
                        r.docNumber(),
                        r.kind(),
                        r.kindLabel(),
                        r.issuers(),
                        r.topics(),
                        text.length(),
                        text.length(),
                        r.status(),
                        r.statusLabel(),
                        r.date(),
                        r.dateText(),
                        r.inForce(),
                        r.current(),
                        r.url(),
                        r.sourcePath()));
    }

    private static SearchRecord record(int ord, String body) {
        return texted(
                body,
                new SearchRecord(
                        ord,
                        String.format("doc-%04d", ord),
                        "",
                        "标题" + ord + "号 规定",
                        ord % 3 == 0 ? "国办发〔2019〕" + ord + "号" : null,
                        "rules",
                        "规章",
                        List.of("国务院"),
                        List.of("综合政务"),
                        body.length(),
                        body.length(),
                        "in_force",
                        "现行有效",
                        null,
                        "",
                        List.of(),
                        true,
                        "docs/doc-" + ord + "/",
                        "rules/doc-" + ord + ".md"));
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
        RenderContext context = new RenderContext(library, config, theme, BuiltSite.AS_OF, bodies, Downloads.none());
        SearchTexts texts = SearchRecords.texts(context);
        return SearchRecords.of(context).stream()
                .map(record -> texted(texts.of(record), record))
                .toList();
    }
}
