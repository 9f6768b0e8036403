package org.opengazette.pdf;

import java.util.List;

/**
 * The print model of one document version, laid out close to GB/T 9704 公文格式 by the theme's
 * print templates: 发文字号 and title centred, the body, then 发文机关 and 成文日期.
 *
 * @param anchor    the id of the document's first element, unique in its PDF
 * @param title     标题
 * @param docNumber 发文字号, or null
 * @param issuers   发文机关 of the closing 落款, in written order; empty when the body carries its own 落款
 * @param date      成文日期 (else 发布日期) as readers write it, e.g. 2020年8月17日; null when undated
 *                  or when the body carries its own 落款
 * @param bodyXhtml the body as well-formed XHTML, ids prefixed with the anchor
 * @param headings  the outline of the body: 章, with 节 nested
 */
public record PrintDocument(
        String anchor,
        String title,
        String docNumber,
        List<String> issuers,
        String date,
        String bodyXhtml,
        List<Bookmark> headings) {}
