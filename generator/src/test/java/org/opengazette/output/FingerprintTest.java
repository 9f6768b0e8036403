package org.opengazette.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    enum Status {
        IN_FORCE,
        AMENDED,
        REPEALED
    }

    record Dates(LocalDate published, LocalDate effective) {}

    record Entry(String title, Status status, Dates dates, List<String> issuers, Map<String, Object> fields) {}

    private static Entry entry(String title) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("source", "国家法律法规数据库");
        fields.put("pages", 12);
        return new Entry(
                title,
                Status.AMENDED,
                new Dates(LocalDate.of(2015, 3, 15), LocalDate.of(2015, 3, 15)),
                List.of("全国人民代表大会"),
                fields);
    }

    @Test
    void equalModelsHaveEqualFingerprints() {
        assertEquals(Fingerprint.of(entry("中华人民共和国立法法")), Fingerprint.of(entry("中华人民共和国立法法")));
        assertEquals(64, Fingerprint.of(entry("立法法")).orElseThrow().length());
    }

    @Test
    void everyComponentCounts() {
        String print = Fingerprint.of(entry("中华人民共和国立法法")).orElseThrow();
        assertNotEquals(print, Fingerprint.of(entry("中华人民共和国立法法 ")).orElseThrow());
        Entry other = entry("中华人民共和国立法法");
        Entry repealed = new Entry(other.title(), Status.REPEALED, other.dates(), other.issuers(), other.fields());
        assertNotEquals(print, Fingerprint.of(repealed).orElseThrow());
        Entry later = new Entry(
                other.title(),
                other.status(),
                new Dates(other.dates().published(), LocalDate.of(2015, 3, 16)),
                other.issuers(),
                other.fields());
        assertNotEquals(print, Fingerprint.of(later).orElseThrow());
        Map<String, Object> fields = new LinkedHashMap<>(other.fields());
        fields.put("pages", 13L);
        assertNotEquals(
                print,
                Fingerprint.of(new Entry(other.title(), other.status(), other.dates(), other.issuers(), fields))
                        .orElseThrow());
    }

    @Test
    void textsAreDelimited() {
        assertNotEquals(Fingerprint.of(List.of("ab", "c")), Fingerprint.of(List.of("a", "bc")));
        assertNotEquals(Fingerprint.of(List.of("a")), Fingerprint.of(List.of("a", "")));
        assertNotEquals(Fingerprint.of(Collections.singletonList(null)), Fingerprint.of(List.of("")));
    }

    @Test
    void listsKeepTheirOrderSetsAndMapsDoNot() {
        assertNotEquals(Fingerprint.of(List.of("甲", "乙")), Fingerprint.of(List.of("乙", "甲")));
        Map<String, Integer> one = new HashMap<>();
        Map<String, Integer> two = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) {
            one.put("字段" + i, i);
        }
        for (int i = 99; i >= 0; i--) {
            two.put("字段" + i, i);
        }
        assertEquals(Fingerprint.of(one), Fingerprint.of(two));
        Set<Status> statuses = new HashSet<>(List.of(Status.REPEALED, Status.IN_FORCE));
        assertEquals(Fingerprint.of(statuses), Fingerprint.of(EnumSet.of(Status.IN_FORCE, Status.REPEALED)));
        Map<Status, String> byStatus = new HashMap<>(Map.of(Status.AMENDED, "已修改", Status.IN_FORCE, "现行有效"));
        Map<Status, String> reversed = new LinkedHashMap<>();
        reversed.put(Status.IN_FORCE, "现行有效");
        reversed.put(Status.AMENDED, "已修改");
        assertEquals(Fingerprint.of(byStatus), Fingerprint.of(reversed));
        assertNotEquals(Fingerprint.of(Set.of("甲")), Fingerprint.of(List.of("甲")));
    }

    @Test
    void aModelHoldingAnUnknownTypeHasNone() {
        assertTrue(Fingerprint.of(List.of("a", new Object())).isEmpty());
        assertTrue(
                Fingerprint.of(new ArrayList<>(List.of(new StringBuilder("x")))).isEmpty());
    }
}
