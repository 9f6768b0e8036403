package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildResult;

/**
 * A field holding the placeholder is reported once, where it is written, and is otherwise read as
 * empty: not missing, not an unknown issuer, not an unresolved reference, not an invalid date.
 */
class PlaceholderTest {
    @TempDir
    Path temp;

    @Test
    void placeholdersAreReportedAndReadAsEmpty() throws Exception {
        Path project = FixtureProject.copy(temp.resolve("p"), FixtureProject.VALID_CONTENT);
        Files.writeString(project.resolve("content/draft.md"), """
                ---
                title: 待填写
                kind: interpretation
                issuer: [国务院, " 待填写 "]
                published: 2023-05-01
                expires: 待填写
                interprets: 待填写
                repealed: {date: 2023-06-01, by: 待填写}
                region: 待填写
                ---
                正文。
                """);

        BuildResult result = FixtureProject.check(project);

        List<String> reported = result.diagnostics().stream()
                .filter(d -> d.position().file().endsWith("draft.md"))
                .map(d -> d.position().line() + ":" + d.position().column() + " " + d.code() + " " + d.message())
                .toList();
        assertEquals(
                List.of(
                        "2:8 placeholder 字段“标题（title）”仍是占位内容“待填写”，请填写",
                        "4:15 placeholder 字段“发文机关（issuer[1]）”仍是占位内容“待填写”，请填写",
                        "6:10 placeholder 字段“有效期至（expires）”仍是占位内容“待填写”，请填写",
                        "7:13 placeholder 字段“所解读的文件（interprets）”仍是占位内容“待填写”，请填写",
                        "8:34 placeholder 字段“被库外文件废止（repealed.by）”仍是占位内容“待填写”，请填写",
                        "9:9 placeholder 字段“地区（region）”仍是占位内容“待填写”，请填写"),
                reported);
        assertTrue(
                result.diagnostics().stream()
                        .filter(d -> d.code().equals("placeholder"))
                        .allMatch(d -> !d.isError()),
                "warnings");
        assertTrue(
                result.success(),
                () -> result.diagnostics().stream()
                        .map(Diagnostic::toString)
                        .toList()
                        .toString());
    }

    @Test
    void theFindingsAndTheStrippedMappingKeepPositions() {
        YamlNode.Mapping mapping = (YamlNode.Mapping) YamlReader.read(
                        "a: [x, 待填写, y]\nb: 待填写\n",
                        2,
                        "f",
                        new org.opengazette.diagnostic.Diagnostics(
                                org.opengazette.diagnostic.Messages.forLanguage("en")))
                .orElseThrow();
        assertEquals(
                List.of("a[1]", "b"),
                Placeholder.find(mapping).stream().map(Placeholder.Found::path).toList());
        YamlNode.Mapping stripped = Placeholder.without(mapping);
        assertEquals(List.of("x", "y"), stripped.get("a").toPlain());
        assertEquals(null, ((YamlNode.Scalar) stripped.get("b")).value());
        assertEquals(3, stripped.get("b").line());
    }
}
