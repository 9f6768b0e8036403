package org.opengazette.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FixtureProject;

/**
 * References to articles through a whole build of the fixture project: the link on the citing
 * page, the record in {@code data/citations.json}, the reference to an article the cited version
 * lacks kept as text and listed, and 被引用 on the cited article and document.
 */
class ArticleCitationBuildTest {
    @TempDir
    Path folder;

    @Test
    void anArticleIsLinkedRecordedAndShowsWhereItIsCitedAndAMissingOneIsListed() throws IOException {
        Path project = FixtureProject.copy(folder.resolve("project"), FixtureProject.VALID_CONTENT);
        Path citing = project.resolve("content/documents/court-2022-20.md");
        FixtureProject.edit(
                citing,
                "**第十一条** 本规定自2023年1月1日起施行。",
                "**第十条** 依照《中华人民共和国城市维护建设税法》第二条、第五条的规定计算税额的案件，由成渝金融法院管辖。\n\n" + "**第十一条** 本规定自2023年1月1日起施行。");
        BuildResult result = Pipeline.build(
                FixtureProject.request(project)
                        .withOutput(folder.resolve("site"))
                        .withPdf(FixtureProject.request(project).pdf().withEnabled(false))
                        .withSearch(false),
                ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        Path site = result.output();

        Element article = page(site, "docs/court-2022-20/index.html").getElementById("第十条");
        List<Element> links = article.select("a.citation");
        assertEquals(
                List.of("《中华人民共和国城市维护建设税法》", "第二条"),
                links.stream().map(Element::text).toList());
        assertEquals(
                "../../docs/npc-2020-urban-tax/index.html#第二条", links.get(1).attr("href"));
        assertTrue(article.text().contains("第二条、第五条的规定"), "第五条 stays as text: " + article.text());

        JsonNode citations =
                new ObjectMapper().readTree(site.resolve("data/citations.json").toFile());
        List<JsonNode> resolved = new ArrayList<>();
        citations.path("resolved").forEach(entry -> {
            if (entry.has("article")) {
                resolved.add(entry);
            }
        });
        assertEquals(1, resolved.size(), resolved::toString);
        assertEquals("第二条", resolved.get(0).path("article").asText());
        assertEquals("docs/npc-2020-urban-tax/#第二条", resolved.get(0).path("url").asText());
        JsonNode missing = null;
        for (JsonNode entry : citations.path("unresolved")) {
            if (entry.has("reason")) {
                missing = entry;
            }
        }
        assertEquals("no_such_article", missing.path("reason").asText());
        assertEquals("第五条", missing.path("article").asText());
        assertEquals("npc-2020-urban-tax", missing.path("to").asText());
        assertEquals("《中华人民共和国城市维护建设税法》第五条", missing.path("text").asText());
        int line = Files.readAllLines(citing, StandardCharsets.UTF_8)
                        .indexOf("**第十条** 依照《中华人民共和国城市维护建设税法》第二条、第五条的规定计算税额的案件，由成渝金融法院管辖。")
                + 1;
        assertEquals(line, missing.path("line").asInt());

        Document cited = page(site, "docs/npc-2020-urban-tax/index.html");
        Element citedBy = cited.getElementById("第二条").selectFirst("p.cited-by");
        assertEquals("被引用：最高人民法院关于成渝金融法院案件管辖的规定", citedBy.text());
        assertEquals(
                "../../docs/court-2022-20/index.html", citedBy.selectFirst("a").attr("href"));
        assertEquals(null, cited.getElementById("第一条").selectFirst("p.cited-by"), "第一条 is not cited");
        assertEquals(
                List.of("最高人民法院关于成渝金融法院案件管辖的规定"),
                cited.select("#cited-by-heading + ul a").eachText());
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }
}
