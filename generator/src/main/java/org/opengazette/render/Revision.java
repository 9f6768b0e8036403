package org.opengazette.render;

/**
 * One commit as a page shows it.
 *
 * @param date     the day, as the site writes dates
 * @param datetime the commit time for {@code <time datetime>}, with its offset (+08:00)
 * @param subject  the first line of the commit message
 * @param shortId  the first 7 hex digits of the commit id
 * @param commit   the full commit id
 * @param author   the author's name, or null unless site.yaml asks for authors
 * @param email    the author's e-mail address, or null unless site.yaml asks for authors
 */
public record Revision(
        String date, String datetime, String subject, String shortId, String commit, String author, String email) {}
