package org.opengazette.model;

import java.time.LocalDate;

/**
 * The days on which a version applies, both ends inclusive; a null end is open (unknown start, or
 * no end in sight). A version applies from its effective date until the day before a newer
 * version takes effect, the day before it is repealed, or the last day of its fixed term.
 */
public record Validity(LocalDate from, LocalDate until) {

    /** True when {@code date} lies within the interval. */
    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
}
