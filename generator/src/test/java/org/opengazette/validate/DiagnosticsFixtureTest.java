package org.opengazette.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opengazette.diagnostic.Severity.ERROR;
import static org.opengazette.diagnostic.Severity.WARNING;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.Severity;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildResult;

/**
 * Checks the fixture project once and asserts every diagnostic it must give: one file per code
 * under {@code content/}, each with its exact position, severity and the key facts of its
 * message and hint; and nothing else, anywhere.
 */
class DiagnosticsFixtureTest {
    /**
     * Codes that no file of this project can trigger without hiding the others; each has a
     * targeted test: config-missing and file-unreadable in {@code ConfigDiagnosticsTest},
     * theme-missing and template-error in {@code BuildDiagnosticsTest}.
     */
    /** Codes asserted by targeted tests: config and build problems, relations, citations. */
    private static final Set<String> TESTED_ELSEWHERE = Set.of(
            "config-missing",
            "content-missing",
            "file-unreadable",
            "theme-missing",
            "template-error", // ConfigDiagnosticsTest, BuildDiagnosticsTest
            "output-busy", // SafeBuildTest
            "self-reference",
            "relation-cycle",
            "repeal-before-effective", // RelationCheckTest
            "yaml-tab",
            "yaml-list-indent", // YamlMistakesTest
            "cites-invalid", // CitesInvalidTest
            "invalid-serial-number", // ConfigDiagnosticsTest, SerialNumbersTest
            "pdf-failed",
            "pdf-missing-glyph",
            "pdf-cache-unwritable", // PdfFailureTest, DocumentPdfTest, PdfCacheTest
            "placeholder", // PlaceholderTest, NewDocumentTest
            "history-shallow",
            "history-unreadable"); // HistoryBuildTest

    private static BuildResult result;

    @BeforeAll
    static void checkFixtureOnce() {
        result = FixtureProject.check(FixtureProject.root());
    }

    static Stream<Case> cases() {
        return Stream.of(
                at("content/not-utf8.md", 2, 1)
                        .error("not-utf8")
                        .message("UTF-8", "GBK")
                        .hint("iconv -f GBK"),
                at("content/front-matter-missing.md", 1, 1)
                        .error("front-matter-missing")
                        .message("---")
                        .hint("title:", "kind:"),
                at("content/front-matter-unclosed.md", 1, 1)
                        .error("front-matter-unclosed")
                        .message("---"),
                at("content/yaml-syntax.md", 6, 32)
                        .error("yaml-syntax")
                        .message("mapping values are not allowed")
                        .hint("双引号"),
                at("content/yaml-colon-space.md", 5, 10)
                        .error("yaml-colon-space")
                        .message("发布日期（published）")
                        .hint("“published: 2013-12-11”"),
                at("content/yaml-full-width-colon.md", 3, 5)
                        .error("yaml-full-width-colon")
                        .message("类别（kind）", "：")
                        .hint("“kind: ”"),
                at("content/duplicate-key.md", 6, 1).error("duplicate-key").message("published", "第 5 行"),
                at("content/not-a-mapping.md", 2, 1)
                        .error("not-a-mapping")
                        .message("not-a-mapping.md")
                        .hint("key: value"),
                at("content/missing-field.md", 1, 1)
                        .error("missing-field")
                        .message("doc_number", "规章")
                        .hint("doc_number:"),
                at("content/unknown-field.md", 5, 1)
                        .warning("unknown-field")
                        .message("publshed")
                        .hint("是否应为“published”"),
                at("content/wrong-type.md", 2, 8).error("wrong-type").message("title", "文本", "列表"),
                at("content/invalid-date.md", 5, 12)
                        .error("invalid-date")
                        .message("published", "2021-02-30")
                        .hint("YYYY-MM-DD"),
                at("content/date-format.md", 6, 12)
                        .error("date-format")
                        .message("发布日期（published）", "2022年3月20日")
                        .hint("请改为 2022-03-20"),
                at("content/date-format.md", 7, 12)
                        .error("date-format")
                        .message("施行日期（effective）", "2022/05/01")
                        .hint("请改为 2022-05-01"),
                at("content/effective-before-published.md", 7, 12)
                        .warning("effective-before-published")
                        .message("施行日期（effective） 1981-03-14", "发布日期（published） 1981-03-18")
                        .hint("溯及既往"),
                at("content/invalid-value.md", 6, 9)
                        .error("invalid-value")
                        .message("status")
                        .hint("in_force", "repealed", "expired"),
                at("content/unknown-kind.md", 3, 7)
                        .error("unknown-kind")
                        .message("judicial_interpretaion")
                        .hint("是否应为“judicial_interpretation”", "kinds.yaml"),
                at("content/unknown-disclosure.md", 8, 13)
                        .error("unknown-disclosure")
                        .message("公开属性（disclosure）“公开”", "不会发布")
                        .hint("public（主动公开） | on_request（依申请公开） | not_public（不予公开）"),
                at("content/unknown-kind-label.md", 4, 7)
                        .error("unknown-kind")
                        .message("规章")
                        .hint("请填写类别的键“rule”", "kinds.yaml"),
                at("content/unknown-authority.md", 4, 10)
                        .warning("unknown-authority")
                        .message("最高法院")
                        .hint("是否应为“最高人民法院”", "authorities.yaml"),
                at("content/unknown-topic.md", 6, 10)
                        .error("unknown-topic")
                        .message("公安、安全，司法")
                        .hint("是否应为“公安、安全、司法”"),
                at("content/unknown-section.md", 9, 18)
                        .warning("unknown-section")
                        .message("法院文件", "2022-8")
                        .hint("国务院文件", "司法解释"),
                at("content/doc-number-brackets.md", 3, 13)
                        .warning("doc-number-brackets")
                        .message("法释[2023]15号")
                        .hint("“法释〔2023〕15号”"),
                at("content/doc-number-brackets-parens.md", 3, 13)
                        .warning("doc-number-brackets")
                        .message("法释(2022)18号")
                        .hint("“法释〔2022〕18号”"),
                at("content/doc-number-year.md", 3, 13)
                        .warning("doc-number-year")
                        .message("法释〔2203〕2号", "2203")
                        .hint("1949", "2025"),
                at("content/date-order.md", 7, 10)
                        .error("date-order")
                        .message("expires", "1990-09-30", "effective", "1990-10-22"),
                at("content/status-without-note.md", 6, 9)
                        .warning("status-without-note")
                        .message("repealed", "in_force", "2024-01-01")
                        .hint("status_note"),
                at("content/effective-contradicts-text.md", 7, 12)
                        .warning("effective-contradicts-text")
                        .message("施行日期（effective） 2024-07-10", "第 12 行“本条例自2024年9月1日起施行”", "2024-09-01")
                        .hint("effective: 2024-09-01"),
                at("content/effective-missing.md", 1, 1)
                        .warning("effective-missing")
                        .message("缺少施行日期（effective）（发布日期：2023-07-03）", "第 10 行“本条例自2023年9月1日起施行”", "2023-09-01")
                        .hint("effective: 2023-09-01"),
                at("content/title-repeated.md", 8, 1)
                        .warning("title-repeated")
                        .message("“中华人民共和国各级人民代表大会常务委员会监督法”")
                        .hint("请删除这一段"),
                at("content/unbalanced-brackets.md", 9, 5)
                        .warning("unbalanced-brackets")
                        .message("题注（history）中的“）”没有配对", "第二次修正）")
                        .hint("请删除多余的“）”"),
                at("content/duplicate-id.md", 8, 5)
                        .error("duplicate-id")
                        .message("court-2022-17", "documents/court-2022-17.md"),
                at("content/duplicate-id-alias.md", 6, 11)
                        .error("duplicate-id")
                        .message("council-1997-219", "documents/council-1997-219.md"),
                at("content/duplicate-doc-number.md", 3, 13)
                        .warning("duplicate-doc-number")
                        .message("法释〔2022〕17号", "documents/court-2022-17.md"),
                at("content/id-mismatch/2016-02-06.md", 6, 5)
                        .error("id-mismatch")
                        .message("narcotics-regulation", "id-mismatch"),
                at("content/invalid-id.md", 6, 5).error("invalid-id").message("国库券条例/2011"),
                at("content/unresolved-reference.md", 7, 11)
                        .error("unresolved-reference")
                        .message("repeals", "中华人民共和国烟叶税暂行条例")
                        .hint("id", "发文字号"),
                at("content/unresolved-reference.md", 9, 5)
                        .error("unresolved-reference")
                        .message("replaces", "council-2006-tobacco-tax")
                        .hint("id", "发文字号"),
                at("content/unread-reference.md", 8, 11)
                        .error("unread-reference")
                        .message("废止（repeals）", "法释〔2015〕9号", "本身有错误", "content/yaml-unclosed-quote.md:2:8")
                        .hint("content/yaml-unclosed-quote.md:2:8"),
                at("content/unread-reference.md", 9, 12)
                        .error("unread-reference")
                        .message("代替（replaces）", "yaml-unclosed-quote", "content/yaml-unclosed-quote.md:2:8"),
                at("content/yaml-unclosed-quote.md", 2, 8)
                        .error("yaml-unclosed-quote")
                        .message("引号 \"")
                        .hint("补上 \""),
                at("content/unresolved-reference-amends.md", 8, 10)
                        .error("unresolved-reference")
                        .message("amends", "法释〔1997〕9号"),
                at("content/unresolved-reference-interprets.md", 6, 13)
                        .error("unresolved-reference")
                        .message("interprets", "council-1983-expert-retirement"),
                at("content/unknown-gazette-issue.md", 7, 10)
                        .error("unknown-gazette-issue")
                        .message("2022-80")
                        .hint("是否应为“2022-8”"),
                at("content/attachment-missing.md", 6, 15)
                        .error("attachment-missing")
                        .message("attachments/职工工作时间实施办法.pdf"),
                at("content/attachment-outside.md", 9, 5)
                        .error("attachment-outside")
                        .message("../site-config/site.yaml"),
                at("content/gazette/2022-19.yaml", 2, 7)
                        .error("issue-name-mismatch")
                        .message("2022-19", "2022-9")
                        .hint("2022-9.yaml"),
                at("content/duplicate-issue-order.md", 9, 16)
                        .warning("duplicate-issue-order")
                        .message("2022-8", "documents/court-2022-17.md"),
                at("site-config/site.yaml", 13, 5)
                        .warning("unknown-page")
                        .message("annual-report")
                        .hint("content/pages/annual-report.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsTheProblemWhereItIs(Case expected) {
        Diagnostic actual = result.diagnostics().stream()
                .filter(d -> d.code().equals(expected.code)
                        && relative(d).equals(expected.file)
                        && d.position().line() == expected.line)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + expected + " among\n" + report()));
        assertEquals(expected.column, actual.position().column(), actual.toString());
        assertEquals(expected.severity, actual.severity(), actual.toString());
        for (String fact : expected.inMessage) {
            assertTrue(actual.message().contains(fact), () -> "message lacks \"" + fact + "\": " + actual);
        }
        for (String fact : expected.inHint) {
            assertTrue(actual.hint().contains(fact), () -> "hint lacks \"" + fact + "\": " + actual);
        }
    }

    /** The expected diagnostics and no other: valid documents, pages, issues and the BOM file stay clean. */
    @Test
    void reportsNothingElse() {
        Set<String> expected =
                cases().map(c -> c.file + ":" + c.line + " " + c.code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual = result.diagnostics().stream()
                .map(d -> relative(d) + ":" + d.position().line() + " " + d.code())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(String.join("\n", expected), String.join("\n", actual));
        assertEquals(expected.size(), result.diagnostics().size(), report());
    }

    @Test
    void everyProblemHasAFixtureOrATargetedTest() {
        Set<String> covered = cases().map(c -> c.code).collect(Collectors.toCollection(TreeSet::new));
        covered.addAll(TESTED_ELSEWHERE);
        Set<String> codes =
                Arrays.stream(Problem.values()).map(Problem::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, covered);
        Map<String, Severity> defaults =
                Arrays.stream(Problem.values()).collect(Collectors.toMap(Problem::code, Problem::severity));
        cases().forEach(c -> assertEquals(defaults.get(c.code), c.severity, c.toString()));
    }

    /** By file and line; a consequence (a reference to a file that could not be read) right after its cause. */
    @Test
    void diagnosticsAreSortedByFileThenLine() {
        List<Diagnostic> diagnostics = result.diagnostics();
        for (int i = 1; i < diagnostics.size(); i++) {
            SourcePosition before = placedAt(diagnostics.get(i - 1));
            SourcePosition after = placedAt(diagnostics.get(i));
            int byFile = before.file().compareTo(after.file());
            assertTrue(
                    byFile < 0 || byFile == 0 && before.line() <= after.line(),
                    diagnostics.get(i - 1) + "\nbefore\n" + diagnostics.get(i));
        }
    }

    @Test
    void theRootErrorIsPrintedBeforeTheReferencesItBreaks() {
        List<String> codes = result.diagnostics().stream().map(Diagnostic::code).toList();
        int root = codes.indexOf("yaml-unclosed-quote");
        assertEquals(
                List.of("yaml-unclosed-quote", "unread-reference", "unread-reference"), codes.subList(root, root + 3));
    }

    private static SourcePosition placedAt(Diagnostic diagnostic) {
        return diagnostic.cause() != null ? diagnostic.cause() : diagnostic.position();
    }

    @Test
    void errorsMakeTheCheckFail() {
        assertFalse(result.success());
        assertEquals(cases().filter(c -> c.severity == ERROR).count(), result.errors());
        assertEquals(cases().filter(c -> c.severity == WARNING).count(), result.warnings());
    }

    /** The diagnostic's file relative to the fixture project, whatever folder the build shows paths from. */
    private static String relative(Diagnostic diagnostic) {
        Path file = Path.of(diagnostic.position().file()).toAbsolutePath().normalize();
        return FixtureProject.root().relativize(file).toString().replace('\\', '/');
    }

    private static String report() {
        return result.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static Case at(String file, int line, int column) {
        return new Case(file, line, column, null, null, List.of(), List.of());
    }

    /** One expected diagnostic: where, what, and facts its message and hint must state. */
    record Case(
            String file,
            int line,
            int column,
            Severity severity,
            String code,
            List<String> inMessage,
            List<String> inHint) {
        Case error(String problem) {
            return new Case(file, line, column, ERROR, problem, inMessage, inHint);
        }

        Case warning(String problem) {
            return new Case(file, line, column, WARNING, problem, inMessage, inHint);
        }

        Case message(String... facts) {
            return new Case(file, line, column, severity, code, List.of(facts), inHint);
        }

        Case hint(String... facts) {
            return new Case(file, line, column, severity, code, inMessage, List.of(facts));
        }

        @Override
        public String toString() {
            return code + " at " + file + ":" + line + ":" + column;
        }
    }
}
