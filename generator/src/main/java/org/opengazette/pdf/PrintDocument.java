package org.opengazette.pdf;

import java.util.List;

/**
 * The print model of one document version, laid out close to GB/T 9704 公文格式 by the theme's
 * print templates: 发文字号 (a 令's name and number on two lines) and title centred, the 题注, the
 * body, then 发文机关 and 成文日期.
 *
 * @param anchor    the id of the document's first element, unique in its PDF
 * @param title     标题
 * @param titleLines the title broken into its printed lines (see {@link TitleLines})
 * @param orderName the name of a 令 whose number is the 发文字号, e.g. 中华人民共和国国务院令; or null
 * @param docNumber 发文字号 (after a 令's name, its number alone: 第786号), or null
 * @param caption   题注 in parentheses: the custom field labelled 题注, its entries joined; or null
 * @param signature the closing 落款: 发文机关 in written order, then 成文日期 (else 发布日期, as readers
 *                  write it: 2020年8月17日); empty when the body carries its own 落款
 * @param bodyXhtml the body as well-formed XHTML, ids prefixed with the anchor
 * @param headings  the outline of the body: 章, with 节 nested
 */
public record PrintDocument(
        String anchor,
        String title,
        List<String> titleLines,
        String orderName,
        String docNumber,
        String caption,
        List<SignatureLine> signature,
        String bodyXhtml,
        List<Bookmark> headings) {

    /**
     * One line of a 落款, right-aligned.
     *
     * @param text     a 发文机关署名 or the 成文日期
     * @param rightEms its space from the right margin in characters, e.g. 4.000 (CSS em)
     */
    public record SignatureLine(String text, String rightEms) {}
}
