package org.opengazette.render;

import java.util.List;

/**
 * The site's change log (网站更新记录): the newest commits that changed published documents.
 *
 * @param entries newest first
 */
public record ChangesPage(List<Entry> entries) {
    /** One commit and what it did to each published document. */
    public record Entry(Revision revision, List<ChangedDocument> documents) {}

    /**
     * A document a commit changed.
     *
     * @param kind      {@code added}, {@code modified} or {@code repealed}
     * @param kindLabel 新增, 修改 or 废止
     * @param title     the title of the version that applies
     * @param url       the document's page
     */
    public record ChangedDocument(String kind, String kindLabel, String title, String url) {}
}
