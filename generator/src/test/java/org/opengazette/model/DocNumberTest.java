package org.opengazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** 发文字号: the year belongs in 〔 〕; look-alike brackets are recognised and corrected, nothing else is touched. */
class DocNumberTest {
    private static final String BRACKETS = "[]()（）【】［］〔〕";

    @ParameterizedTest
    @CsvSource(textBlock = """
            法释[2023]15号,     法释〔2023〕15号
            法释(2022)18号,     法释〔2022〕18号
            云政办发（2020）33号, 云政办发〔2020〕33号
            国办公开办函【2019】61号, 国办公开办函〔2019〕61号
            京政发［2016］5号,   京政发〔2016〕5号
            法释〔2022]17号,     法释〔2022〕17号
            法释[ 2022 ]17号,   法释〔2022〕17号
            国发(1998)12号,     国发〔1998〕12号
            """)
    void lookAlikeBracketsAroundTheYearAreCorrected(String typed, String corrected) {
        assertEquals(Optional.of(corrected), DocNumber.correctedBrackets(typed));
        assertEquals(corrected, DocNumber.normalize(typed));
        assertEquals(
                OptionalInt.of(Integer.parseInt(corrected.replaceAll("\\D*〔(\\d{4})〕.*", "$1"))),
                DocNumber.year(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "云政办发〔2020〕33号",
                "法释〔2022〕17号",
                "中华人民共和国国务院令第219号",
                "交通部令第5号",
                "国家工商行政管理总局令第73号",
                "  法释〔2024〕3号  "
            })
    void properNumbersAreLeftAlone(String number) {
        assertEquals(Optional.empty(), DocNumber.correctedBrackets(number));
        assertEquals(number.strip(), DocNumber.normalize(number));
    }

    /** Brackets that do not hold a year are not a 发文字号's year, whatever their shape. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "〔注〕",
                "〔一〕",
                "〔2020年〕",
                "〔20〕",
                "第（一）项",
                "《中华人民共和国刑法修正案（十二）》",
                "[附件1]",
                "(1234)号",
                "国发(2020年)1号",
                "（2020—2025年）",
                "第(十)条",
                "GB/T 9704-2012"
            })
    void bracketsThatHoldNoYearAreNotChanged(String text) {
        assertEquals(Optional.empty(), DocNumber.correctedBrackets(text));
        assertEquals(text, DocNumber.normalize(text));
        assertEquals(OptionalInt.empty(), DocNumber.year(text));
    }

    @Test
    void theYearIsReadFromTheBrackets() {
        assertEquals(OptionalInt.of(2020), DocNumber.year("云政办发〔2020〕33号"));
        assertEquals(OptionalInt.of(1949), DocNumber.year("政法字〔1949〕1号"));
        assertEquals(OptionalInt.of(2203), DocNumber.year("法释〔2203〕2号"), "a typo is still the year, to be checked");
        assertEquals(OptionalInt.of(1202), DocNumber.year("法释〔1202〕2号"));
        assertEquals(OptionalInt.empty(), DocNumber.year("中华人民共和国国务院令第219号"));
    }

    /** For any mix of brackets, digits and characters: only bracket characters change, once and for good. */
    @Test
    void normalizingChangesOnlyBracketsAndIsStable() {
        String alphabet = BRACKETS + "  20191880号发第年令";
        Random random = new Random(4711);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String typed = text.toString();
            String normal = DocNumber.normalize(typed);

            assertEquals(normal, DocNumber.normalize(normal), typed);
            assertEquals(Optional.empty(), DocNumber.correctedBrackets(normal), typed);
            assertEquals(withoutBrackets(typed.strip()), withoutBrackets(normal), typed);
            assertEquals(normal.matches(".*〔\\d{4}〕.*"), DocNumber.year(typed).isPresent(), typed);
            assertTrue(DocNumber.correctedBrackets(typed).isEmpty() == normal.equals(typed.strip()), typed);
        }
    }

    private static String withoutBrackets(String text) {
        return text.replaceAll("[" + java.util.regex.Pattern.quote(BRACKETS) + "\\s]", "");
    }
}
