package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The gazette's landing page lists every year and every issue, newest first, each issue with its
 * date and whole-issue PDF; each year's page lists that year's issues; counts say what they count.
 */
class GazetteLandingTest {
    private final SiteTree site = SiteTree.demo();

    @Test
    void theLandingPageListsEveryYearAndIssueNewestFirst() {
        Document landing = site.html("gazette/index.html");
        List<Element> years = landing.select("main section.gazette-year");
        assertEquals(
                List.of("2024年 共3期", "2020年 共2期"),
                years.stream().map(y -> y.selectFirst("h2").text()).toList());
        List<String> issues =
                landing.select("main .issue-list > li > a:first-child").eachText();
        assertEquals(5, issues.size(), issues.toString());
        assertTrue(issues.get(0).contains("2024年第23期"), issues.toString());
        assertTrue(issues.get(4).contains("2020年第16期"), issues.toString());
        for (Element issue : landing.select("main .issue-list > li")) {
            assertTrue(issue.text().matches(".*出版日期：\\d{4}年\\d{1,2}月\\d{1,2}日.*"), issue.text());
            Element pdf = issue.selectFirst("a[type=application/pdf]");
            assertNotNull(pdf, "a whole-issue PDF: " + issue.text());
            assertTrue(site.isFile(site.resolve("gazette/index.html", pdf.attr("href"))), pdf.attr("href"));
        }
    }

    @Test
    void aYearPageListsItsIssues() {
        Document year = site.html("gazette/2020/index.html");
        assertEquals("共2期", year.selectFirst("main section.gazette-year > p").text());
        assertEquals(
                List.of("云南省人民政府公报（演示） 2020年第17期（总第617期）", "云南省人民政府公报（演示） 2020年第16期（总第616期）"),
                year.select("main .issue-list > li > a:first-child").eachText());
    }

    @Test
    void theBrowseIndexCountsKindsAsKinds() {
        List<String> notes =
                site.html("browse/index.html").select("main .link-list li").eachText();
        assertTrue(notes.stream().anyMatch(n -> n.matches("按类别 \\d+ 个类别")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.matches("按发文机关 \\d+ 个发文机关")), notes.toString());
        assertTrue(notes.stream().noneMatch(n -> n.endsWith("件")), notes.toString());
    }

    @Test
    void theHomePageCarriesTheDemonstrationNotice() {
        Element notice = site.html("index.html").selectFirst("main .notice[role=note]");
        assertNotNull(notice);
        assertTrue(notice.text().startsWith("本站为 OpenGazette 演示站点"), notice.text());
    }
}
