package org.opengazette.search.index;

import java.time.LocalDate;
import java.util.List;
import org.opengazette.model.Validity;

/**
 * One published document version as the search index sees it.
 *
 * @param ord         its ordinal: versions sorted by document id, oldest version first; the
 *                    Lucene doc id, the export's document number and the final tie-breaker
 * @param id          the document id
 * @param version     the version key (file date, {@code undated}, or empty for a single version)
 * @param title       标题
 * @param docNumber   发文字号, or null
 * @param kind        the kind key
 * @param kindLabel   the kind as shown
 * @param issuers     发文机关
 * @param topics      主题分类
 * @param textLength  the length (UTF-16 units) of the text of the body field: the body as plain
 *                    text, then the values of the site's custom fields (题注 …), one per line;
 *                    indexed, and kept for snippets; the text itself is read when needed
 *                    ({@link SearchTexts}), so that a build never holds every text at once
 * @param bodyLength  how much of the text is the body (UTF-16 units): snippets come from it only
 * @param status      the status key on the build's as-of date
 * @param statusLabel the status as shown
 * @param date        the date it is sorted and grouped by (published, else effective, else signed), or null
 * @param dateText    that date as shown, or empty
 * @param inForce     the days on which it is in force
 * @param current     true for the version shown at the document's permanent URL
 * @param url         its page, relative to the site root
 * @param sourcePath  its file, relative to the content folder
 */
public record SearchRecord(
        int ord,
        String id,
        String version,
        String title,
        String docNumber,
        String kind,
        String kindLabel,
        List<String> issuers,
        List<String> topics,
        int textLength,
        int bodyLength,
        String status,
        String statusLabel,
        LocalDate date,
        String dateText,
        List<Validity> inForce,
        boolean current,
        String url,
        String sourcePath) {

    /** The year it is filed under, or 0 when it has no date. */
    public int year() {
        return date == null ? 0 : date.getYear();
    }
}
