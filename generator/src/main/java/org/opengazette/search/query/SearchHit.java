package org.opengazette.search.query;

import java.util.List;

/**
 * One hit of a search: a document, shown by one of its matching versions (the one that applies,
 * else the best ranked), with its other matching versions.
 *
 * @param ord        the version's ordinal
 * @param id         the document id
 * @param version    the version key
 * @param title      标题
 * @param url        its page, relative to the site root
 * @param sourcePath its file, relative to the content folder
 * @param score      Lucene's score (1 for every hit of a search without text)
 * @param current    true for the version shown at the document's permanent URL; false for a
 *                   historical version, which the page labels so
 * @param others     the document's other matching versions, in rank order (their own
 *                   {@code others} empty)
 */
public record SearchHit(
        int ord,
        String id,
        String version,
        String title,
        String url,
        String sourcePath,
        float score,
        boolean current,
        List<SearchHit> others) {
    public SearchHit {
        others = List.copyOf(others);
    }
}
