package org.opengazette.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Did you mean": the closest known value when it is close enough to be a typo. */
class SuggestionTest {
    private static final List<String> KEYS = List.of(
            "title",
            "doc_number",
            "kind",
            "issuer",
            "signed",
            "published",
            "effective",
            "expires",
            "status",
            "status_note",
            "topics",
            "gazette",
            "gazette_section",
            "gazette_order");
    private static final List<String> KINDS = List.of(
            "law",
            "administrative_regulation",
            "judicial_interpretation",
            "rule",
            "normative_document",
            "interpretation",
            "notice");
    private static final List<String> AUTHORITIES = List.of("国务院", "最高人民法院", "最高人民检察院", "全国人民代表大会常务委员会", "云南省人民政府办公厅");
    private static final List<String> TOPICS = List.of("政务公开", "综合政务", "公安、安全、司法", "劳动、人事");

    @ParameterizedTest
    @CsvSource(textBlock = """
            publshed,       published
            pubished,       published
            efective,       effective
            gazete_order,   gazette_order
            doc_nubmer,     doc_number
            statusnote,     status_note
            Title,          title
            """)
    void misspeltKeys(String typed, String meant) {
        assertEquals(Optional.of(meant), Suggestion.closest(typed, KEYS));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            judicial_interpretaion, judicial_interpretation
            normative-document,     normative_document
            notices,                notice
            最高人民检查院,           最高人民检察院
            最高法院,                最高人民法院
            云南省人民政府办工厅,      云南省人民政府办公厅
            """)
    void misspeltNames(String typed, String meant) {
        assertEquals(Optional.of(meant), Suggestion.closest(typed, set(KINDS, AUTHORITIES)));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            政务公示,        政务公开
            公安、安全，司法, 公安、安全、司法
            """)
    void misspeltTopics(String typed, String meant) {
        assertEquals(Optional.of(meant), Suggestion.closest(typed, TOPICS));
    }

    @Test
    void aNameThatContainsAnotherNamesSomethingElse() {
        assertEquals(Optional.empty(), Suggestion.closest("司法", List.of("公安、安全、司法")));
        assertEquals(Optional.empty(), Suggestion.closest("国务院办公厅", List.of("国务院", "最高人民法院")));
        assertEquals(Optional.empty(), Suggestion.closest("云南省人民政府办公厅秘书处第一处", List.of("云南省人民政府办公厅", "国务院")));
    }

    @Test
    void longNamesStillAllowOnlyTwoTypos() {
        assertEquals(Optional.empty(), Suggestion.closest("云南省发展和改革委员会办公室", List.of("云南省发展和改革委员会")));
        assertEquals(Optional.of("云南省人力资源和社会保障厅"), Suggestion.closest("云南省人力资源和社会保証厅", List.of("云南省人力资源和社会保障厅")));
    }

    private static final List<String> CONGRESSES =
            List.of("上海市人民代表大会常务委员会", "山东省人民代表大会常务委员会", "重庆市人民代表大会", "全国人民代表大会常务委员会", "威海市人民代表大会常务委员会", "新疆维吾尔自治区人民政府");

    @ParameterizedTest
    @ValueSource(
            strings = {"青岛市人民代表大会常务委员会", "烟台市人民代表大会常务委员会", "河南省人民代表大会常务委员会", "重庆市人民代表大会常务委员会", "中央军事委员会", "宁夏回族自治区人民政府"
            })
    void anIssuerIsNeverToldTheNameOfAnotherRegionOrBody(String typed) {
        assertEquals(Optional.empty(), Suggestion.closestAuthority(typed, CONGRESSES));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            威海市人大常委会,               威海市人民代表大会常务委员会
            上海市人大常委会,               上海市人民代表大会常务委员会
            上海市人民代表大会常委会,        上海市人民代表大会常务委员会
            山东省人民代表大会常务委会,      山东省人民代表大会常务委员会
            全国人大常委会,                 全国人民代表大会常务委员会
            新疆维吾尔自治区政府,           新疆维吾尔自治区人民政府
            """)
    void anIssuerIsToldTheFullNameOfItsOwnRegion(String typed, String meant) {
        assertEquals(Optional.of(meant), Suggestion.closestAuthority(typed, CONGRESSES));
    }

    @Test
    void aReferenceIsOnlyToldAnIdWithTheSameNumbers() {
        List<String> ids = List.of("sh-2019-12", "sh-2019-13", "council-2006-tobacco-tax", "npc-2020-urban-tax");
        assertEquals(Optional.empty(), Suggestion.closestReference("sh-2019-14", ids));
        assertEquals(Optional.empty(), Suggestion.closestReference("council-2007-tobacco-tax", ids));
        assertEquals(Optional.of("sh-2019-12"), Suggestion.closestReference("sh_2019-12", ids));
        assertEquals(
                Optional.of("council-2006-tobacco-tax"), Suggestion.closestReference("council-2006-tobaco-tax", ids));
    }

    @ParameterizedTest
    @ValueSource(strings = {"region", "source_path", "abc", "国家档案局", "环境保护"})
    void nothingCloseGivesNoSuggestion(String typed) {
        assertEquals(Optional.empty(), Suggestion.closest(typed, set(KEYS, KINDS, AUTHORITIES, TOPICS)));
    }

    @Test
    void noCandidatesGiveNoSuggestion() {
        assertEquals(Optional.empty(), Suggestion.closest("published", List.of()));
    }

    @Test
    void tiesGoToTheSmallestCandidateWhateverTheOrder() {
        List<String> candidates = new ArrayList<>(List.of("2022-4", "2022-3", "2022-2"));
        for (int round = 0; round < 6; round++) {
            Collections.rotate(candidates, 1);
            assertEquals(Optional.of("2022-2"), Suggestion.closest("2022-1", new LinkedHashSet<>(candidates)));
            Collections.reverse(candidates);
        }
    }

    @Test
    void distanceIsAMetric() {
        Random random = new Random(99);
        String alphabet = "abc政务公开、";
        for (int round = 0; round < 2000; round++) {
            String a = word(random, alphabet);
            String b = word(random, alphabet);
            String c = word(random, alphabet);
            assertEquals(0, Suggestion.distance(a, a));
            assertEquals(Suggestion.distance(a, b), Suggestion.distance(b, a), a + " " + b);
            assertTrue(Suggestion.distance(a, c) <= Suggestion.distance(a, b) + Suggestion.distance(b, c));
            assertTrue(Suggestion.distance(a, b) <= Math.max(a.length(), b.length()));
        }
    }

    @SafeVarargs
    private static Set<String> set(List<String>... lists) {
        Set<String> all = new LinkedHashSet<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static String word(Random random, String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
