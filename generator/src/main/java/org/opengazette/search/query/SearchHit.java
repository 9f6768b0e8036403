package org.opengazette.search.query;

/**
 * One hit of a search.
 *
 * @param ord        the version's ordinal
 * @param id         the document id
 * @param version    the version key
 * @param title      标题
 * @param url        its page, relative to the site root
 * @param sourcePath its file, relative to the content folder
 * @param score      Lucene's score (1 for every hit of a search without text)
 */
public record SearchHit(int ord, String id, String version, String title, String url, String sourcePath, float score) {}
