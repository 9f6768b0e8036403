package org.opengazette.commencement;

import java.time.LocalDate;

/**
 * A text's own 施行条款, as written.
 *
 * @param text      the clause, e.g. 本条例自2024年9月1日起施行
 * @param line      its line in the body (1 = the body's first line)
 * @param date      the day it names ({@code 自2024年9月1日起}), or null when it counts from an event
 * @param event     the event it counts from ({@code 公布}, {@code 发布}, {@code 颁布}, {@code 印发},
 *                  {@code 修订发布}, or another such as {@code 通过}), or null for a named day
 * @param daysAfter the days added to the event ({@code 自印发之日起30日后施行}: 30), else 0
 */
public record CommencementClause(String text, int line, LocalDate date, String event, int daysAfter) {

    /** True when the clause counts from an event rather than naming a day. */
    public boolean relative() {
        return date == null;
    }
}
