package org.opengazette.model;

import java.time.LocalDate;

/**
 * The dates of a version; any may be null.
 *
 * @param signed    成文日期
 * @param published 发布日期
 * @param effective 施行日期 as written (see {@link #effectiveOrPublished()})
 * @param expires   有效期至: the last day of a fixed term
 */
public record Dates(LocalDate signed, LocalDate published, LocalDate effective, LocalDate expires) {

    /** 施行日期, which defaults to the publication date. */
    public LocalDate effectiveOrPublished() {
        return effective != null ? effective : published;
    }

    /** The date used to sort and group by year: published, else effective, else signed. */
    public LocalDate primary() {
        if (published != null) {
            return published;
        }
        return effective != null ? effective : signed;
    }
}
