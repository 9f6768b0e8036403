package org.opengazette.site;

import java.util.List;

/**
 * A document in a list (browse pages, home page, gazette table of contents).
 *
 * @param id        the document id
 * @param title     标题
 * @param docNumber 发文字号, or null
 * @param kind      the kind's label
 * @param issuers   发文机关
 * @param date      the publication date as text, or null
 * @param status    the status key on the as-of date
 * @param statusLabel the status label
 * @param url       the document page, relative to the root
 */
public record DocumentSummary(
        String id,
        String title,
        String docNumber,
        String kind,
        List<String> issuers,
        String date,
        String status,
        String statusLabel,
        String url) {}
