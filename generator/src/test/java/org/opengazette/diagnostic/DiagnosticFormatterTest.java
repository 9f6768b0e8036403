package org.opengazette.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three printed forms: compiler-style text, a JSON array, GitHub workflow annotations. */
class DiagnosticFormatterTest {
    private final Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));

    DiagnosticFormatterTest() {
        diagnostics.report(
                Problem.INVALID_DATE,
                new SourcePosition("content/documents/rule/x.md", 4, 13),
                new FieldName("published"),
                "2021-02-30");
        diagnostics.report(
                Problem.UNKNOWN_AUTHORITY,
                new SourcePosition("content/documents/rule/x.md", 6, 10),
                "最高法院",
                diagnostics.messages().text("suggest.did-you-mean", "最高人民法院"));
        diagnostics.report(Problem.CONFIG_MISSING, SourcePosition.of("site-config/kinds.yaml"), "kinds.yaml");
    }

    @Test
    void textIsPathLineColumnSeverityMessageCodeThenAnIndentedHint() {
        String text = DiagnosticFormatter.TEXT.format(diagnostics.sorted(), diagnostics.messages());
        assertEquals("""
                content/documents/rule/x.md:4:13: error: 发布日期（published）不是有效日期：“2021-02-30” [invalid-date]
                    提示：请按 YYYY-MM-DD 填写真实存在的日期，例如 2021-02-28
                content/documents/rule/x.md:6:10: warning: 未知发文机关“最高法院” [unknown-authority]
                    提示：是否应为“最高人民法院”？（发文机关见 site-config/authorities.yaml）
                site-config/kinds.yaml: error: 缺少站点配置文件 kinds.yaml [config-missing]
                    提示：请创建该文件（见 README.md 中的编写指南）
                """, text);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i += 2) {
            assertTrue(lines.get(i).matches("[^ ]+?(:\\d+:\\d+)?: (error|warning): .+ \\[[a-z0-9-]+]"), lines.get(i));
            assertTrue(lines.get(i + 1).matches(" {4}\\S.*"), lines.get(i + 1));
        }
    }

    @Test
    void jsonIsAnArrayOfObjectsWithEveryField() throws Exception {
        String json = DiagnosticFormatter.JSON.format(diagnostics.sorted(), diagnostics.messages());
        JsonNode array = new ObjectMapper().readTree(json);

        assertTrue(array.isArray());
        assertEquals(3, array.size());
        JsonNode first = array.get(0);
        assertEquals("error", first.get("severity").asText());
        assertEquals("invalid-date", first.get("code").asText());
        assertEquals("content/documents/rule/x.md", first.get("file").asText());
        assertEquals(4, first.get("line").asInt());
        assertEquals(13, first.get("column").asInt());
        assertEquals("发布日期（published）不是有效日期：“2021-02-30”", first.get("message").asText());
        assertEquals("请按 YYYY-MM-DD 填写真实存在的日期，例如 2021-02-28", first.get("hint").asText());
        assertEquals("warning", array.get(1).get("severity").asText());
        assertEquals(0, array.get(2).get("line").asInt());
    }

    @Test
    void githubAnnotationsCarryFileLineAndColumn() {
        List<String> lines = DiagnosticFormatter.GITHUB
                .format(diagnostics.sorted(), diagnostics.messages())
                .lines()
                .toList();

        assertEquals(3, lines.size());
        assertTrue(
                lines.get(0)
                        .startsWith("::error file=content/documents/rule/x.md,line=4,col=13,title=invalid-date::"
                                + "发布日期（published）不是有效日期：“2021-02-30”%0A请按 YYYY-MM-DD"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith("::warning file=content/documents/rule/x.md,line=6,col=10,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("::error file=site-config/kinds.yaml,title=config-missing::"), lines.get(2));
    }

    @Test
    void textShowsTheFirstFiveOfACodeThenHowManyMoreAndACountPerCode() {
        Diagnostics many = new Diagnostics(Messages.forLanguage("zh-CN"));
        List<String> cities = List.of("威海市", "烟台市", "青岛市", "济南市", "淄博市", "潍坊市", "临沂市", "菏泽市");
        for (int i = 0; i < cities.size(); i++) {
            many.report(
                    Problem.UNKNOWN_AUTHORITY,
                    new SourcePosition("content/local/sd-" + i + ".md", 4, 10),
                    cities.get(i) + "人民代表大会常务委员会",
                    many.messages().text("suggest.add-to-config"));
        }
        many.report(Problem.CONFIG_MISSING, SourcePosition.of("site-config/kinds.yaml"), "kinds.yaml");

        String text = DiagnosticFormatter.TEXT.format(many.sorted(), many.messages());

        List<String> lines = text.lines().toList();
        assertEquals(
                5, lines.stream().filter(line -> line.contains(": warning: ")).count(), text);
        assertTrue(text.contains("content/local/sd-4.md:4:10: warning: 未知发文机关“淄博市人民代表大会常务委员会”"), text);
        assertTrue(lines.contains("    …… 及另外 3 处 [unknown-authority]"), text);
        assertTrue(text.contains("[config-missing]"), text);
        assertEquals(
                "共 9 处问题，按类别：unknown-authority 8、config-missing 1（每类只列出前 5 处；--format json 列出全部）",
                lines.get(lines.size() - 1));
        assertEquals(
                9,
                DiagnosticFormatter.GITHUB
                        .format(many.sorted(), many.messages())
                        .lines()
                        .count(),
                "github lists every diagnostic");
    }

    @Test
    void githubEscapesPropertiesAndData() {
        Diagnostics odd = new Diagnostics(Messages.forLanguage("en"));
        odd.report(Problem.FILE_UNREADABLE, new SourcePosition("content/a,b:c.md", 2, 1), "100% broken\r\nreally");

        String line = DiagnosticFormatter.GITHUB.format(odd.sorted(), odd.messages());

        assertTrue(line.startsWith("::error file=content/a%2Cb%3Ac.md,line=2,col=1,title=file-unreadable::"), line);
        assertTrue(line.contains("100%25 broken%0D%0Areally"), line);
        assertEquals(1, line.lines().count());
    }
}
