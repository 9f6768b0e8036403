package org.opengazette.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opengazette.load.VersionReader;

/** Keys in messages: Chinese label with the key in brackets in zh, the bare key in English. */
class FieldNameTest {
    private final Messages chinese = Messages.forLanguage("zh-CN");
    private final Messages english = Messages.forLanguage("en");

    @Test
    void chineseMessagesShowTheLabelAndTheKey() {
        assertEquals("发布日期（published）", chinese.field("published"));
        assertEquals("发文字号（doc_number）", chinese.field("doc_number"));
        assertEquals("废止（repeals）", chinese.field("repeals"));
        assertEquals("外部废止日期（repealed.date）", chinese.field("repealed.date"));
        assertEquals("“region”", chinese.field("region"), "a custom field has no label");
    }

    @Test
    void everyFrontMatterKeyHasAChineseLabel() {
        for (String key : VersionReader.KNOWN_KEYS) {
            assertTrue(chinese.field(key).endsWith("（" + key + "）"), key + " has no label: " + chinese.field(key));
        }
    }

    @Test
    void englishMessagesShowTheKey() {
        assertEquals("published", english.field("published"));
    }

    @Test
    void aFieldNameArgumentIsShownInTheMessageAndTheRawKeyWhereTheFixIsTyped() {
        assertEquals(
                "缺少必填字段：发文字号（doc_number）（规章必填）",
                chinese.message(
                        Problem.MISSING_FIELD,
                        new FieldName("doc_number"),
                        chinese.text("label.for-kind", "规章"),
                        "doc_number"));
        assertEquals(
                "请在元数据中添加“doc_number:”",
                chinese.hint(Problem.MISSING_FIELD, new FieldName("doc_number"), "", "doc_number"));
        assertEquals(
                "施行日期（effective） 2021-01-01 早于发布日期（published） 2021-02-01",
                chinese.message(
                        Problem.DATE_ORDER,
                        new FieldName("effective"),
                        "2021-01-01",
                        new FieldName("published"),
                        "2021-02-01"));
        assertEquals(
                "missing required field \"doc_number\"",
                english.message(Problem.MISSING_FIELD, new FieldName("doc_number"), "", "doc_number"));
    }
}
