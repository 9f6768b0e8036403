package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;

/**
 * The usual typing mistakes in front matter are explained as what they are, at the line and
 * column of the mistake (the parser alone reports most of them on the next line, in its own words).
 * The YAML starts at line 2 of the file, after the opening {@code ---}.
 */
class YamlMistakesTest {
    private final Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));

    private Diagnostic only(String yaml) {
        assertTrue(YamlReader.read(yaml, 2, "content/x.md", diagnostics).isEmpty());
        List<Diagnostic> reported = diagnostics.sorted();
        assertEquals(1, reported.size(), reported.toString());
        return reported.get(0);
    }

    private static void assertAt(Diagnostic d, String code, int line, int column) {
        assertEquals(code, d.code(), d.toString());
        assertEquals(line, d.position().line(), d.toString());
        assertEquals(column, d.position().column(), d.toString());
    }

    @Test
    void aTabInTheIndentation() {
        Diagnostic d = only("""
                title: "云南省人民政府办公厅关于印发2020年云南省政务公开工作要点的通知"
                topics:
                \t- 政务公开
                """);
        assertAt(d, "yaml-tab", 4, 1);
        assertEquals("请只用空格缩进", d.hint());
    }

    @Test
    void aQuoteNotClosedOnItsLine() {
        Diagnostic d = only("""
                title: "国务院关于职工工作时间的规定
                kind: administrative_regulation
                issuer: ["国务院"]
                published: 1995-03-25
                """);
        assertAt(d, "yaml-unclosed-quote", 2, 8);
        assertEquals("本行的值以引号 \" 开头，但在本行没有结束", d.message());
        assertEquals("请在值的末尾补上 \"；值中的引号请改用中文引号“ ”", d.hint());
    }

    @Test
    void aFullWidthColonAfterAKey() {
        Diagnostic d = only("""
                title: "中华人民共和国城市维护建设税法"
                kind：law
                issuer: ["全国人民代表大会常务委员会"]
                """);
        assertAt(d, "yaml-full-width-colon", 3, 5);
        assertEquals("类别（kind）后面用了全角冒号“：”", d.message());
        assertEquals("请改为半角冒号加空格：“kind: ”", d.hint());
    }

    @Test
    void aQuotedValueClosedOnALaterLineIsNotAnUnclosedQuote() {
        Diagnostic d = only("""
                title: "云南省人民政府关于印发
                  实施办法的通知" 附件
                kind: normative_document
                """);
        assertEquals("yaml-syntax", d.code(), "the stray text after the closing quote is the mistake: " + d);
        assertEquals(3, d.position().line());
    }

    @Test
    void noSpaceAfterTheColonOfAQuotedValue() {
        Diagnostic d = only("""
                kind: law
                title:"中华人民共和国烟叶税法"
                published: 2017-12-27
                """);
        assertAt(d, "yaml-colon-space", 3, 6);
        assertEquals("标题（title）的冒号后缺少空格", d.message());
        assertEquals("请写成“title: \"中华人民共和国烟叶税法\"”", d.hint());
    }

    @Test
    void noSpaceAfterTheColonOfADate() {
        Diagnostic d = only("""
                title: "中华人民共和国烟叶税法"
                kind: law
                published:2017-12-27
                effective: 2018-07-01
                """);
        assertAt(d, "yaml-colon-space", 4, 10);
        assertEquals("请写成“published: 2017-12-27”", d.hint());
    }

    @Test
    void aListItemOutOfLine() {
        Diagnostic d = only("""
                title: "最高人民法院关于成渝金融法院案件管辖的规定"
                topics:
                  - 公安、安全、司法
                 - 财政、金融、审计
                published: 2022-12-20
                """);
        assertAt(d, "yaml-list-indent", 5, 2);
        assertEquals("本列表项缩进 1 个空格，与上一项（2 个空格）没有对齐", d.message());
        assertEquals("请将“-”与上一项对齐（缩进 2 个空格）", d.hint());
    }

    @Test
    void anotherSyntaxErrorKeepsTheParsersExplanation() {
        Diagnostic d = only("""
                title: "国务院关于职工工作时间的规定"
                history: 1995年3月25日 国务院令第174号修订: 每周工作40小时
                """);
        assertAt(d, "yaml-syntax", 3, 32);
    }

    @Test
    void validYamlOfTheSameShapesHasNoMistake() {
        assertEquals(List.of(), YamlMistakes.find("""
                title: "关于“放管服”改革的通知"
                note: 'It''s fine'
                base_url: "https://gazette.example.gov.cn/"
                history: |
                  1995年3月25日:国务院令第174号
                  \t（附注）"未结束的引号
                attachments:
                  - path: "attachments/表.pdf"
                    tags:
                      - 附件一
                  - path: "attachments/表二.pdf"
                topics:
                - 政务公开
                - 综合政务
                gazette: 2020-17
                """));
    }
}
