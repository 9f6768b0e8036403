package org.opengazette.site;

import java.time.LocalDate;

/** Dates as readers expect them: {@code 2020年8月17日} in Chinese, ISO otherwise. */
final class DateText {
    private final boolean chinese;

    DateText(String language) {
        this.chinese = language.toLowerCase(java.util.Locale.ROOT).startsWith("zh");
    }

    String format(LocalDate date) {
        if (date == null) {
            return null;
        }
        return chinese
                ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : date.toString();
    }
}
