package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;

/** Every key, value and list item keeps its file line and column; errors land on the file's line. */
class YamlReaderTest {
    private final Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));

    private YamlNode.Mapping read(String yaml, int firstLine) {
        YamlNode root =
                YamlReader.read(yaml, firstLine, "content/x.md", diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted());
        return assertInstanceOf(YamlNode.Mapping.class, root);
    }

    @Test
    void keysAndValuesCarryFileLineAndColumn() {
        YamlNode.Mapping root = read("""
                title: "国务院关于职工工作时间的规定"
                # 发文字号不详
                kind: administrative_regulation
                """, 2);

        YamlNode.Entry title = root.entries().get("title");
        assertEquals(2, title.line());
        assertEquals(1, title.column());
        assertPosition(title.value(), 2, 8);
        YamlNode.Entry kind = root.entries().get("kind");
        assertEquals(4, kind.line());
        assertPosition(kind.value(), 4, 7);
    }

    @Test
    void nestedMappingsAndListItemsCarryTheirOwnPositions() {
        YamlNode.Mapping root = read("""
                issuer: [最高人民法院, 最高人民检察院]
                topics:
                  - 公安、安全、司法
                  - "劳动、人事"
                repealed:
                  date: 2024-01-01
                  by: 国务院令第100号
                attachments:
                  - {path: "attachments/表.pdf", title: 申请表}
                """, 2);

        List<YamlNode> issuers = ((YamlNode.Sequence) root.get("issuer")).items();
        assertPosition(root.get("issuer"), 2, 9);
        assertPosition(issuers.get(0), 2, 10);
        assertPosition(issuers.get(1), 2, 18);
        List<YamlNode> topics = ((YamlNode.Sequence) root.get("topics")).items();
        assertPosition(topics.get(0), 4, 5);
        assertPosition(topics.get(1), 5, 5);
        YamlNode.Mapping repealed = (YamlNode.Mapping) root.get("repealed");
        assertEquals(7, repealed.entries().get("date").line());
        assertEquals(3, repealed.entries().get("date").column());
        assertPosition(repealed.get("date"), 7, 9);
        assertPosition(repealed.get("by"), 8, 7);
        YamlNode.Mapping attachment = (YamlNode.Mapping)
                ((YamlNode.Sequence) root.get("attachments")).items().get(0);
        assertPosition(attachment, 10, 5);
        assertPosition(attachment.get("path"), 10, 12);
    }

    @Test
    void scalarsKeepTheirYamlTypesAndDatesStayText() {
        YamlNode.Mapping root = read("""
                order: 3
                ratio: 1.5
                public: true
                empty:
                nothing: ~
                published: 2021-02-30
                number: "33"
                """, 1);

        assertEquals(
                Map.of("order", 3L, "ratio", 1.5, "public", true, "published", "2021-02-30", "number", "33"),
                Map.of(
                        "order",
                        value(root, "order"),
                        "ratio",
                        value(root, "ratio"),
                        "public",
                        value(root, "public"),
                        "published",
                        value(root, "published"),
                        "number",
                        value(root, "number")));
        assertNull(value(root, "empty"), "a key without a value is null, as in YAML");
        assertNull(value(root, "nothing"));
    }

    @Test
    void blankTextIsAnEmptyMapping() {
        assertEquals(Map.of(), read("  \n# 只有注释\n", 2).entries());
        assertEquals(Map.of(), read("", 2).entries());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            value with a colon    | title: x\\nhistory: 国务院令第174号修订: 每周工作40小时\\n | 7 | 21 | yaml-syntax         | mapping values are not allowed
            unclosed double quote | title: x\\nkind: law\\nhistory: "1994年2月3日发布\\n       | 8 | 10 | yaml-unclosed-quote | 没有结束
            unclosed single quote | title: 'x\\nkind: law\\n                                  | 6 | 8  | yaml-unclosed-quote | 没有结束
            unclosed flow list    | issuer: [国务院, 交通部\\npublished: 1995-03-25\\n        | 7 | 10 | yaml-syntax         | flow sequence
            tab indentation       | title: x\\n\\tkind: law\\n                                | 7 | 1  | yaml-tab            | 制表符
            list after mapping    | title: x\\nkind: law\\n- 国务院\\n                        | 8 | 1  | yaml-syntax         | '-'
            """)
    void syntaxErrorsLandOnTheFileLine(String name, String yaml, int line, int column, String code, String fact) {
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t");

        assertTrue(YamlReader.read(text, 6, "content/x.md", diagnostics).isEmpty());

        List<Diagnostic> reported = diagnostics.sorted();
        assertEquals(1, reported.size(), reported.toString());
        Diagnostic error = reported.get(0);
        assertEquals(code, error.code());
        assertEquals(line, error.position().line(), error.toString());
        assertEquals(column, error.position().column(), error.toString());
        assertTrue(error.message().contains(fact), error.message());
    }

    @Test
    void aDuplicateKeyIsReportedAtTheSecondWithTheFirstLine() {
        YamlNode root = YamlReader.read("""
                title: 中华人民共和国国库券条例
                repealed:
                  date: 2011-01-08
                  date: 2011-01-09
                """, 3, "content/x.md", diagnostics).orElseThrow();

        List<Diagnostic> reported = diagnostics.sorted();
        assertEquals(1, reported.size(), reported.toString());
        assertEquals("duplicate-key", reported.get(0).code());
        assertEquals("content/x.md:6:3", reported.get(0).position().toString());
        assertTrue(reported.get(0).message().contains("第 5 行"), reported.get(0).message());
        assertEquals(
                "2011-01-09",
                ((YamlNode.Mapping) ((YamlNode.Mapping) root).get("repealed"))
                        .get("date")
                        .toPlain());
    }

    @Test
    void aRootListIsReadAsAList() {
        YamlNode root = YamlReader.read("- 国务院\n- 交通部\n", 1, "site-config/authorities.yaml", diagnostics)
                .orElseThrow();
        assertPosition(assertInstanceOf(YamlNode.Sequence.class, root), 1, 1);
        assertEquals(List.of("国务院", "交通部"), root.toPlain());
    }

    private static Object value(YamlNode.Mapping mapping, String key) {
        return ((YamlNode.Scalar) mapping.get(key)).value();
    }

    private static void assertPosition(YamlNode node, int line, int column) {
        assertEquals(line + ":" + column, node.line() + ":" + node.column(), node.toString());
    }
}
