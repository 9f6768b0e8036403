package org.opengazette.history;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One commit as the site shows it.
 *
 * @param id          the full commit id (40 hex digits)
 * @param time        the committer's time, in China Standard Time ({@link #ZONE})
 * @param subject     the first line of the commit message
 * @param authorName  the author's name
 * @param authorEmail the author's e-mail address
 */
public record Commit(String id, OffsetDateTime time, String subject, String authorName, String authorEmail) {
    /** The time zone every commit time is shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The short id shown on pages: the first 7 hex digits. */
    public String shortId() {
        return id.substring(0, 7);
    }

    /** The day of the commit in China Standard Time. */
    public LocalDate date() {
        return time.toLocalDate();
    }
}
