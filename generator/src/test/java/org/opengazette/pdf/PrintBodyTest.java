package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opengazette.markdown.MarkdownRenderer;

/** From the page's sanitized body to the XHTML of the print template. */
class PrintBodyTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Signature SIGNATURE = new Signature(new TextWidths(PdfFonts.shared(), FontFace.REGULAR));

    private static PrintBody.Converted convert(String markdown, String date) {
        return PrintBody.convert(
                MARKDOWN.render(markdown).html(), "d2", date, List.of("国务院"), SIGNATURE, GlyphCoverage.shared());
    }

    @Test
    void headingsBecomeNestedBookmarksWithPrefixedIds() {
        PrintBody.Converted body = convert("""
                ## 第一章 总则

                **第一条** 为了规范……

                ### 第一节 申请

                ## 第二章 附则
                """, null);
        assertEquals(
                List.of(
                        new Bookmark("第一章 总则", "#d2-第一章-总则", List.of(new Bookmark("第一节 申请", "#d2-第一节-申请", List.of()))),
                        new Bookmark("第二章 附则", "#d2-第二章-附则", List.of())),
                body.headings());
        assertTrue(body.xhtml().contains("<h2 id=\"d2-第一章-总则\">"), body.xhtml());
    }

    @Test
    void linksIntoTheSiteAreDroppedFootnoteLinksFollowThePrefix() {
        String xhtml = convert("见[另一文件](../other/index.html)、[国务院](https://www.gov.cn/)。[^1]\n\n[^1]: 注释。", null)
                .xhtml();
        assertFalse(xhtml.contains("../other/index.html"), xhtml);
        assertTrue(xhtml.contains("<a>另一文件</a>"), xhtml);
        assertTrue(xhtml.contains("href=\"https://www.gov.cn/\""), xhtml);
        assertTrue(xhtml.matches("(?s).*href=\"#d2-fn-1\".*id=\"d2-fn-1\".*"), xhtml);
    }

    @Test
    void xhtmlIsWellFormedAndSpansAreBounded() {
        String xhtml = convert("""
                第一行<br>第二行

                <table><tr><td rowspan="2147483647" colspan="x">甲</td></tr></table>

                ---
                """, null).xhtml();
        assertTrue(xhtml.contains("<br />") && xhtml.contains("<hr />"), xhtml);
        assertTrue(xhtml.contains("rowspan=\"" + PrintBody.MAX_SPAN + "\"") && xhtml.contains("colspan=\"1\""), xhtml);
        assertFalse(xhtml.contains("table-scroll") || xhtml.contains("tabindex"), xhtml);
        PrintTemplates.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + xhtml + "</body></html>");
    }

    @Test
    void textIsPrintable() {
        String xhtml = convert("高程103\uE0105米\u200B以上", null).xhtml();
        assertTrue(xhtml.contains("高程103□5米以上"), xhtml);
    }

    /** A 印发通知 ends its own text with 发文机关 and date: the PDF must not print them twice. */
    @Test
    void aParagraphThatIsTheDateMeansTheBodyIsSigned() {
        assertTrue(convert("请认真贯彻落实。\n\n云南省人民政府办公厅\n\n2020年8月17日\n\n附件", "2020年8月17日")
                .signedInBody());
        assertFalse(convert("本办法自2020年8月17日起施行。", "2020年8月17日").signedInBody());
        assertFalse(convert("2020年8月17日", null).signedInBody());
    }

    /** The demo's 印发通知: 主送机关 first, its own 落款 in the body (issuer, date), then the 附注. */
    @Test
    void theAddresseeIsMarkedAndTheBodysOwnSignatureIsPlacedRight() {
        PrintBody.Converted body = convert("""
                各州、市人民政府，省直有关部门：

                《2020年云南省政务公开工作要点》已经省人民政府同意，现印发给你们，请结合实际认真贯彻落实。

                国务院

                2020年8月17日

                （此件公开发布）
                """, "2020年8月17日");
        assertTrue(body.signedInBody());
        assertTrue(body.xhtml().startsWith("<p class=\"addressee\">各州、市人民政府，省直有关部门：</p>"), body.xhtml());
        assertTrue(
                body.xhtml().contains("<div class=\"signature\"><p style=\"margin-right: ")
                        && body.xhtml().contains("em\">国务院</p><p style=\"margin-right: 4.000em\">2020年8月17日</p></div>"),
                body.xhtml());
    }

    /** A law's first article ends in a colon too, but it is not an addressee. */
    @Test
    void anArticleIsNeverTheAddressee() {
        String xhtml = convert("**第一条** 全体公民放假的节日：\n\n（一）元旦，放假1天（1月1日）；", null).xhtml();
        assertTrue(!xhtml.contains("addressee"), xhtml);
    }
}
