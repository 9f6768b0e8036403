package org.opengazette.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * A document in force that cites an expired one is an editor warning, at the line of the
 * reference; a document that itself repeals the one it cites is not. Built with the demo's
 * site-config and theme.
 */
class CitesInvalidTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));

    @TempDir
    Path project;

    @Test
    void warnsAtTheCitingLineAndReportsTheCitation() throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.writeString(content.resolve("old-regulation.md"), """
                ---
                title: "中华人民共和国城市维护建设税暂行条例"
                kind: administrative_regulation
                issuer: ["国务院"]
                published: 2011-01-08
                expires: 2021-08-31
                ---

                **第一条** 为了加强城市的维护建设，扩大和稳定城市维护建设资金的来源，制定本条例。
                """);
        Files.writeString(content.resolve("citing-notice.md"), """
                ---
                title: "关于城市维护建设税征收管理有关事项的通知"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2022-03-01
                ---

                各州、市人民政府：

                请继续执行《中华人民共和国城市维护建设税暂行条例》的有关规定。
                """);
        Files.writeString(content.resolve("repealing-law.md"), """
                ---
                title: "中华人民共和国城市维护建设税法"
                kind: law
                issuer: ["全国人民代表大会常务委员会"]
                published: 2020-08-11
                effective: 2021-09-01
                repeals: ["old-regulation"]
                ---

                **第十一条** 本法自2021年9月1日起施行。1985年2月8日国务院发布的《中华人民共和国城市维护建设税暂行条例》同时废止。
                """);
        Path site = project.resolve("site");
        BuildResult result = Pipeline.build(
                BuildRequest.forProject(REPO)
                        .withContent(content)
                        .withOutput(site)
                        .withAsOf(LocalDate.of(2024, 1, 1)),
                ProgressListener.NONE);
        List<Diagnostic> warnings = result.diagnostics().stream()
                .filter(d -> d.code().equals("cites-invalid"))
                .toList();
        assertEquals(1, warnings.size(), result.diagnostics().toString());
        assertTrue(warnings.get(0).position().file().endsWith("citing-notice.md"));
        assertEquals(10, warnings.get(0).position().line());
        assertTrue(warnings.get(0).message().contains("《中华人民共和国城市维护建设税暂行条例》"));

        JsonNode report =
                new ObjectMapper().readTree(site.resolve("data/citations.json").toFile());
        assertEquals(2, report.get("resolved").size());
        assertEquals("old-regulation", report.get("resolved").get(0).get("to").asText());
        assertTrue(result.success(), "a warning does not fail the build");
        String page = Files.readString(site.resolve("docs/citing-notice/index.html"));
        assertTrue(page.contains("href=\"../../docs/old-regulation/index.html\""), "the citation is a link");
    }
}
