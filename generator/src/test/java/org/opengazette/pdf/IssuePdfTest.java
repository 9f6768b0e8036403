package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The whole-issue PDF of the fixture's issue 2020-16: cover, contents with page numbers, bookmarks. */
class IssuePdfTest {
    /** The fixture's three documents in the issue, in section order (行政法规, 部门规章, 司法解释). */
    private static final List<String> TITLES =
            List.of("麻醉药品和精神药品管理条例", "关于职工全年月平均工作时间和工资折算问题的通知", "最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（二）");

    /** The running head of every page after the cover. */
    private static final String HEAD = "云南省人民政府公报（演示） 2020年第16期（总第616期）";

    private final PdfFixture.Built fixture = PdfFixture.get();

    @Test
    void coverNamesTheGazetteYearNumberTotalAndDate() throws IOException {
        try (PDDocument pdf = PdfText.load(fixture.site().resolve(PdfFixture.ISSUE_PDF))) {
            String cover = PdfText.pages(pdf).get(0);
            for (String expected : List.of("云南省人民政府公报（演示）", "2020年", "第16期", "总第616期", "2020年8月31日")) {
                assertTrue(cover.contains(expected), expected + " on the cover: " + cover);
            }
            assertTrue(!cover.matches("(?s).*—\\s*1\\s*—.*"), "the cover has no page number");
        }
    }

    /** The masthead of site.yaml's gazette: 主管, 主办, 出版单位 and the 刊号 (ISSN and CN), on the cover only. */
    @Test
    void coverCarriesTheMastheadOfTheSiteConfig() throws IOException {
        try (PDDocument pdf = PdfText.load(fixture.site().resolve(PdfFixture.ISSUE_PDF))) {
            List<String> pages = PdfText.pages(pdf);
            String cover = PdfText.squeeze(pages.get(0));
            for (String line : List.of(
                    "主管单位：OpenGazette演示站（非政府出版物）",
                    "主办单位：OpenGazette演示站（非政府出版物）",
                    "出版单位：OpenGazette演示站编辑部（演示）",
                    "刊号：ISSN0000-0000CN00-0000/D")) {
                assertTrue(cover.contains(line), line + " on the cover: " + cover);
            }
            assertTrue(pages.stream().skip(1).noneMatch(p -> p.contains("主办单位")), "only on the cover");
        }
    }

    /** Every page after the cover opens with the gazette's name and the 期号; the cover has no head. */
    @Test
    void everyPageAfterTheCoverHasTheRunningHeadWithTheIssueNumber() throws IOException {
        String head = HEAD;
        try (PDDocument pdf = PdfText.load(fixture.site().resolve(PdfFixture.ISSUE_PDF))) {
            List<String> pages = PdfText.pages(pdf);
            assertFalse(pages.get(0).contains(head), pages.get(0));
            for (int page = 1; page < pages.size(); page++) {
                assertTrue(pages.get(page).contains(head + "\n"), "page " + (page + 1) + ": " + pages.get(page));
            }
        }
    }

    /**
     * Every entry of the contents names the page where its document starts: the page whose text
     * begins with the document's title (after the page number), which is also the first page
     * after the contents that holds the title.
     */
    @Test
    void contentsPageNumbersPointAtTheDocuments() throws IOException {
        try (PDDocument pdf = PdfText.load(fixture.site().resolve(PdfFixture.ISSUE_PDF))) {
            List<String> pages = PdfText.pages(pdf);
            String contents = PdfText.squeeze(pages.get(1).replace(HEAD, ""));
            assertTrue(contents.startsWith(PdfText.squeeze("— 2 — 目录")), contents);
            List<Integer> listed = new ArrayList<>();
            for (String title : TITLES) {
                Matcher entry = Pattern.compile(Pattern.quote(PdfText.squeeze(title)) + "[.·]*(\\d+)")
                        .matcher(contents);
                assertTrue(entry.find(), title + " is in the contents: " + contents);
                listed.add(Integer.parseInt(entry.group(1)));
            }
            List<Integer> actual = new ArrayList<>();
            for (String title : TITLES) {
                actual.add(firstPageStartingWith(pages, PdfText.squeeze(title)));
            }
            assertEquals(actual, listed);
            assertTrue(
                    listed.get(0) == 3 && listed.get(0) < listed.get(1) && listed.get(1) < listed.get(2),
                    "documents follow the contents in order: " + listed);
        }
    }

    /** 1-based number of the first page after the contents whose text starts with {@code title}. */
    private static int firstPageStartingWith(List<String> pages, String title) {
        for (int page = 2; page < pages.size(); page++) {
            String text = PdfText.squeeze(pages.get(page).replace(HEAD, "").replaceAll(PdfText.PAGE_NUMBER, ""));
            if (text.startsWith(title)) {
                return page + 1;
            }
        }
        throw new AssertionError("no page starts with " + title);
    }

    /** The outline: the contents, then each section holding a bookmark per document, which opens its first page. */
    @Test
    void outlineHasABookmarkPerDocumentUnderItsSection() throws IOException {
        try (PDDocument pdf = PdfText.load(fixture.site().resolve(PdfFixture.ISSUE_PDF))) {
            List<String> pages = PdfText.pages(pdf);
            List<String> top = new ArrayList<>();
            List<String> documents = new ArrayList<>();
            for (PDOutlineItem item =
                            pdf.getDocumentCatalog().getDocumentOutline().getFirstChild();
                    item != null;
                    item = item.getNextSibling()) {
                top.add(item.getTitle());
                for (PDOutlineItem child = item.getFirstChild(); child != null; child = child.getNextSibling()) {
                    documents.add(child.getTitle());
                    PDPageXYZDestination target = (PDPageXYZDestination) child.getDestination();
                    assertEquals(
                            firstPageStartingWith(pages, PdfText.squeeze(child.getTitle())),
                            pdf.getPages().indexOf(target.getPage()) + 1,
                            child.getTitle());
                }
            }
            assertEquals(List.of("目录", "行政法规", "部门规章", "司法解释"), top);
            assertEquals(TITLES, documents);
        }
    }

    /** The issue's HTML contents link each document's first page in the whole-issue PDF, as the PDF has it. */
    @Test
    void issuePageContentsLinkThePdfPageWhereEachDocumentStarts() throws IOException {
        Document page =
                Jsoup.parse(fixture.site().resolve("gazette/2020/16/index.html").toFile());
        List<String> titles = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Element entry : page.select("ol.contents ol > li")) {
            titles.add(entry.selectFirst("a").text());
            Element pdfPage = entry.selectFirst("a.pdf-page");
            links.add(pdfPage.attr("href") + " " + pdfPage.text());
        }
        assertEquals(TITLES, titles);
        try (PDDocument pdf = PdfText.load(fixture.site().resolve(PdfFixture.ISSUE_PDF))) {
            List<String> pages = PdfText.pages(pdf);
            List<String> expected = new ArrayList<>();
            for (String title : TITLES) {
                int start = firstPageStartingWith(pages, PdfText.squeeze(title));
                expected.add("../../../" + PdfFixture.ISSUE_PDF + "#page=" + start + " PDF 第" + start + "页");
            }
            assertEquals(expected, links);
        }
    }
}
