package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates typed in the usual other forms are understood, so that the hint can give the corrected value. */
class LooseDateTest {
    @ParameterizedTest
    @ValueSource(
            strings = {"2026年1月6日", "2026年01月06日", "2026 年 1 月 6 日", "2026/01/06", "2026.1.6", "2026-1-6", "2026/1/6"})
    void theUsualFormsMeanTheDate(String typed) {
        assertEquals(Optional.of(LocalDate.of(2026, 1, 6)), LooseDate.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021年2月30日", "2026/13/01", "2026-1/6", "26.1.6", "二〇二六年一月六日", "2026-01"})
    void impossibleDatesAndOtherTextMeanNothing(String typed) {
        assertEquals(Optional.empty(), LooseDate.parse(typed));
    }
}
