package org.opengazette.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as editors often type them instead of {@code YYYY-MM-DD}: 2026年1月6日, 2026/01/06,
 * 2026.1.6, 2026-1-6. Read only to tell the editor the corrected value; such a date is still an error.
 */
final class LooseDate {
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?"),
            Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})"));

    private LooseDate() {}

    /** The calendar date the text means, or empty when it is no date in a known form. */
    static Optional<LocalDate> parse(String text) {
        for (Pattern form : FORMS) {
            Matcher matcher = form.matcher(text.strip());
            if (matcher.matches()) {
                int groups = matcher.groupCount();
                try {
                    return Optional.of(LocalDate.of(
                            Integer.parseInt(matcher.group(1)),
                            Integer.parseInt(matcher.group(groups - 1)),
                            Integer.parseInt(matcher.group(groups))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
