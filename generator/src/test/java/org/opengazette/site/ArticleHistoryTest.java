package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The history line of each article on the version pages of the demo's 立法法 (2015 and 2023
 * versions): an article whose words changed, or that was added or removed, says so at its end and
 * links to its row in the comparison, followed through its renumbering; formatting-only and
 * unchanged articles have no line.
 */
class ArticleHistoryTest {
    private static final String COMPARE = "../../../docs/law-5e4396d9/compare/2015-03-15-to-2023-03-13/index.html";

    private final SiteTree site = SiteTree.demo();

    @Test
    void theNewerVersionSaysWhenEachArticleWasAmendedOrAdded() {
        List<String> notes = notes("docs/law-5e4396d9/2023-03-13/index.html");
        // 第四条 is new in 2023; 2015's 第四条 is now 第五条, amended.
        assertEquals(List.of("第四条 本条于2023年3月13日增加 " + COMPARE + "#第四条"), of(notes, "第四条"));
        assertEquals(List.of("第五条 本条于2023年3月13日修改 " + COMPARE + "#第五条"), of(notes, "第五条"));
        assertEquals(List.of(), of(notes, "第二条"), "第二条 is unchanged");
    }

    @Test
    void theOlderVersionSaysWhenEachArticleWasLaterAmendedOrRemoved() {
        List<String> notes = notes("docs/law-5e4396d9/2015-03-15/index.html");
        assertEquals(List.of("第三条 本条于2023年3月13日删除 " + COMPARE + "#原第三条"), of(notes, "第三条"));
        assertEquals(List.of("第四条 本条于2023年3月13日修改 " + COMPARE + "#第五条"), of(notes, "第四条"));
    }

    @Test
    void aFormattingOnlyEditIsNoNote() {
        List<String> notes = notes("docs/administrative_regulation-c92b2fd9/2024-11-10/index.html");
        assertEquals(
                List.of(
                        "第二条 本条于2024年11月10日修改 ../../../docs/administrative_regulation-c92b2fd9/compare/2013-12-11-to-2024-11-10/index.html#第二条",
                        "第六条 本条于2024年11月10日修改 ../../../docs/administrative_regulation-c92b2fd9/compare/2013-12-11-to-2024-11-10/index.html#第六条",
                        "第七条 本条于2024年11月10日增加 ../../../docs/administrative_regulation-c92b2fd9/compare/2013-12-11-to-2024-11-10/index.html#第七条"),
                notes);
    }

    private static List<String> of(List<String> notes, String article) {
        return notes.stream().filter(n -> n.startsWith(article + " ")).toList();
    }

    /** "article text href" of each history line of the page's articles. */
    private List<String> notes(String page) {
        Document html = Jsoup.parse(site.text(page));
        return html.select("section.article > p.article-history > a").stream()
                .map(a -> a.parent().parent().id() + " " + a.text() + " " + a.attr("href"))
                .toList();
    }
}
