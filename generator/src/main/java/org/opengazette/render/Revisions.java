package org.opengazette.render;

import java.util.List;

/**
 * The history of a document on its page: 最后更新 and 修订记录.
 *
 * @param lastUpdated     the day of the newest revision, as the site writes dates
 * @param lastUpdatedTime the newest revision's time for {@code <time datetime>}
 * @param revisions       the commits that changed the document's files, newest first
 */
public record Revisions(String lastUpdated, String lastUpdatedTime, List<Revision> revisions) {}
