package org.opengazette.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opengazette.model.BodyText;
import org.opengazette.model.Dates;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Relations;
import org.opengazette.model.Version;

class CitationLinkerTest {
    private static Version version(String id, String key, String title, String number, String published) {
        return new Version(
                id,
                key,
                id + ".md",
                title,
                number,
                "normative_document",
                List.of("云南省人民政府办公厅"),
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
                BodyText.of("正文"),
                10,
                Map.of());
    }

    private static final Version OPINION_2019 =
            version("grassroots", "2019-01-01", "云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见", "云政办发〔2019〕9号", "2019-01-01");
    private static final Version OPINION_2020 =
            version("grassroots", "2020-06-01", "云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见", "云政办发〔2020〕33号", "2020-06-01");
    private static final Library LIBRARY = new Library(
            List.of(new Document("grassroots", "grassroots", List.of(OPINION_2019, OPINION_2020))),
            List.of(),
            List.of());

    private final CitationLinker linker = new CitationLinker(
            new CitationResolver(LIBRARY), (document, version) -> "/docs/" + document.id() + "/" + version.key() + "/");

    /** The linked HTML and the references found, as the build gets them. */
    private record Linked(String html, List<CitationUse> uses) {}

    private Linked link(String html, Version citing) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<CitationUse> uses = linker.link(body, citing);
        return new Linked(body.html(), uses);
    }

    @Test
    void linksTheVersionInForceOnTheCitingDate() {
        Version citing = version("points", "", "2020年云南省政务公开工作要点", null, "2020-08-17");
        Linked linked = link("<p>要按照《云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见》" + "（根据云政办发[2020]33号）有关要求</p>", citing);
        Element body = Jsoup.parseBodyFragment(linked.html()).body();
        assertEquals(2, body.select("a.citation").size());
        Element byNumber = body.select("a.citation").get(1);
        assertEquals("云政办发[2020]33号", byNumber.text(), "the leading 根据 stays outside the link");
        assertEquals("/docs/grassroots/2020-06-01/", byNumber.attr("href"));
        assertEquals(
                "要按照《云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见》（根据云政办发[2020]33号）有关要求", body.text(), "the text is unchanged");
        assertEquals(2, linked.uses().size());
    }

    @Test
    void anOlderCitingDocumentLinksTheOlderVersion() {
        Version citing = version("notice", "", "通知", null, "2019-03-01");
        Linked linked = link("<p>《云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见》</p>", citing);
        assertEquals(
                "/docs/grassroots/2019-01-01/",
                Jsoup.parse(linked.html()).selectFirst("a").attr("href"));
    }

    @Test
    void unresolvedAndSelfReferencesAreNotLinked() {
        Version citing = OPINION_2020;
        Linked linked = link(
                "<p>本《云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见》"
                        + "依据《中华人民共和国政府信息公开条例》制定。<a href=\"x\">《云南省人民政府办公厅关于全面推进基层政务公开标准化规范化工作的实施意见》</a></p>",
                citing);
        assertEquals(1, Jsoup.parse(linked.html()).select("a").size(), "only the link that was already there");
        assertEquals(1, linked.uses().size());
        assertNull(linked.uses().get(0).target());
        assertEquals("《中华人民共和国政府信息公开条例》", linked.uses().get(0).text());
    }
}
