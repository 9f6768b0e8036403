package org.opengazette.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opengazette.model.BodyText;
import org.opengazette.model.Dates;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Relations;
import org.opengazette.model.Version;

/**
 * References to articles, on sentences of real documents (the corpus and the demo), against the
 * demo's 立法法 of 2015 (105 articles) and 2023 (120 articles) and 档案法 of 2020.
 */
class ArticleCitationTest {
    private static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));
    private static final Path CONTENT =
            Path.of(System.getProperty("gazette.repo", "..")).resolve("content");

    private static final Version LEGISLATION_2015 = version(
            "law-5e4396d9", "2015-03-15", "中华人民共和国立法法", "2015-03-15", "documents/law/law-5e4396d9/2015-03-15.md");
    private static final Version LEGISLATION_2023 = version(
            "law-5e4396d9", "2023-03-13", "中华人民共和国立法法", "2023-03-13", "documents/law/law-5e4396d9/2023-03-13.md");
    private static final Version ARCHIVES =
            version("law-9043407e", "", "中华人民共和国档案法", "2020-06-20", "documents/law/law-9043407e.md");
    private static final Library LIBRARY = new Library(
            List.of(
                    new Document("law-5e4396d9", "law-5e4396d9", List.of(LEGISLATION_2015, LEGISLATION_2023)),
                    new Document("law-9043407e", "law-9043407e.md", List.of(ARCHIVES))),
            List.of(),
            List.of());

    private final CitationLinker linker = new CitationLinker(
            new CitationResolver(LIBRARY), (document, version) -> "/docs/" + document.id() + "/" + version.key() + "/");

    private record Linked(Element body, List<CitationUse> uses) {}

    private Linked link(String sentence, String published) {
        Version citing = version("citing", "", "某市地方性法规", published, null, sentence);
        Element body = Jsoup.parseBodyFragment("<p>" + sentence + "</p>").body();
        return new Linked(body, linker.link(body, citing));
    }

    @Test
    void anArticleLinksToItsPlaceInTheVersionThatAppliedOnTheCitingDate() {
        // cited while the 2015 text applied (the 2023 text numbers this provision 第十一条)
        Linked before = link("除《中华人民共和国立法法》第八条规定的事项外，其他事项国家尚未制定法律或者行政法规的，市人民代表大会可以制定地方性法规。", "2016-05-01");
        Element article = before.body().select("a.citation").get(1);
        assertEquals("第八条", article.text());
        assertEquals("/docs/law-5e4396d9/2015-03-15/#第八条", article.attr("href"));
        assertEquals(
                "/docs/law-5e4396d9/2015-03-15/",
                before.body().select("a.citation").get(0).attr("href"));
        CitationUse use = before.uses().get(1);
        assertEquals("《中华人民共和国立法法》第八条", use.text());
        assertEquals("第八条", use.article());
        assertEquals(LEGISLATION_2015, use.version());
        assertTrue(use.resolved());

        Linked after = link("（一）违反《中华人民共和国立法法》第十一条规定，对只能制定法律的事项作出规定；", "2024-01-01");
        assertEquals(
                "/docs/law-5e4396d9/2023-03-13/#第十一条",
                after.body().select("a.citation").get(1).attr("href"));
    }

    @Test
    void aClauseLinksToItsParagraph() {
        Linked linked =
                link("市人民代表大会及其常务委员会根据《中华人民共和国立法法》第七十二条第二款的规定，可以对城乡建设与管理、环境保护、历史文化保护等方面的事项制定地方性法规。", "2016-05-01");
        Element clause = linked.body().select("a.citation").get(1);
        assertEquals("第七十二条第二款", clause.text());
        assertEquals("/docs/law-5e4396d9/2015-03-15/#第七十二条第二款", clause.attr("href"));
        assertEquals("第七十二条第二款", linked.uses().get(1).article());
    }

    @Test
    void aListOfClausesLinksEachOneItCanPlace() {
        Linked list = link("《档案法》第二十四条第二款、第三款规定的罚款数额，根据有关档案的价值和数量，对单位为1万元以上10万元以下，对个人为500元以上5000元以下。", "2024-01-12");
        assertEquals(
                List.of("/docs/law-9043407e//", "/docs/law-9043407e//#第二十四条第二款"),
                list.body().select("a.citation").eachAttr("href"));
        assertTrue(list.body().text().startsWith("《档案法》第二十四条第二款、第三款规定的罚款数额"), "the text is unchanged");
    }

    @Test
    void bothEndsOfARangeAreLinked() {
        Path civilProcedure = CORPUS.resolve("law/law-a78cafe9/2021-12-24.md");
        Assumptions.assumeTrue(
                Files.isRegularFile(civilProcedure),
                "skipped: the developers' corpus is not at "
                        + CORPUS.toAbsolutePath().normalize());
        Version law = version("law-a78cafe9", "", "中华人民共和国民事诉讼法", "2021-12-24", null, body(civilProcedure));
        CitationLinker linker = new CitationLinker(
                new CitationResolver(new Library(
                        List.of(new Document("law-a78cafe9", "law-a78cafe9.md", List.of(law))), List.of(), List.of())),
                (document, version) -> "/docs/" + document.id() + "/");
        Version citing = version("citing", "", "海事诉讼特别程序法", "2022-06-01", null, "");
        Element body = Jsoup.parseBodyFragment(
                        "<p>（一）因海事侵权行为提起的诉讼，除依照《中华人民共和国民事诉讼法》第二十九条至第三十一条的规定以外，还可以由船籍港所在地海事法院管辖；</p>")
                .body();
        List<CitationUse> uses = linker.link(body, citing);
        assertEquals(
                List.of("/docs/law-a78cafe9/", "/docs/law-a78cafe9/#第二十九条", "/docs/law-a78cafe9/#第三十一条"),
                body.select("a.citation").eachAttr("href"));
        assertEquals(
                List.of("第二十九条", "第三十一条"), body.select("a.citation[href*=#]").eachText());
        assertEquals(
                List.of("《中华人民共和国民事诉讼法》第二十九条", "《中华人民共和国民事诉讼法》第三十一条"),
                uses.stream()
                        .filter(CitationUse::isArticle)
                        .map(CitationUse::text)
                        .toList());
    }

    @Test
    void aDocumentCitingItsOwnArticleLinksWithinThePage() {
        Element body = Jsoup.parseBodyFragment("<p><strong>第十二条</strong> 本法第十一条规定的事项尚未制定法律的，全国人民代表大会及其常务委员会有权作出决定。</p>")
                .body();
        List<CitationUse> uses = linker.link(body, LEGISLATION_2023);
        assertEquals("#第十一条", body.selectFirst("a.citation").attr("href"));
        assertEquals("第十一条", body.selectFirst("a.citation").text());
        assertTrue(uses.isEmpty(), "a found reference to its own article is no citation to report: " + uses);
    }

    @Test
    void anArticleTheApplyingVersionLacksStaysTextAndIsReported() {
        // the 2023 text's 第一百零九条 (on 备案审查), cited on a date when the 2015 text of 105 articles applied
        Linked linked = link("依照《中华人民共和国立法法》第一百零九条的规定报送备案。", "2020-01-01");
        assertEquals(1, linked.body().select("a.citation").size(), "only the title is linked");
        assertEquals(
                "第一百零九条的规定报送备案。",
                linked.body().selectFirst("a.citation").nextSibling().outerHtml());
        CitationUse missing = linked.uses().get(1);
        assertFalse(missing.resolved());
        assertEquals("第一百零九条", missing.article());
        assertEquals(LEGISLATION_2015, missing.version());

        Element own = Jsoup.parseBodyFragment("<p>违反本法第一百零九条规定的，依法处理。</p>").body();
        List<CitationUse> uses = linker.link(own, LEGISLATION_2015);
        assertTrue(own.select("a").isEmpty());
        assertEquals(1, uses.size());
        assertFalse(uses.get(0).resolved());
        assertTrue(uses.get(0).isOwn());
    }

    private static Version version(String id, String key, String title, String published, String file) {
        return version(id, key, title, published, file, null);
    }

    private static Version version(String id, String key, String title, String published, String file, String text) {
        String body = file == null ? text : body(CONTENT.resolve(file));
        return new Version(
                id,
                key,
                id + ".md",
                title,
                null,
                "law",
                List.of("全国人民代表大会"),
                new Dates(null, LocalDate.parse(published), null, null),
                null,
                null,
                null,
                List.of(),
                null,
                Relations.NONE,
                List.of(),
                Version.PUBLIC,
                List.of(),
                Map.of(),
                BodyText.of(body),
                10,
                Map.of());
    }

    private static String body(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.substring(text.indexOf("\n---", 4) + 5);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
