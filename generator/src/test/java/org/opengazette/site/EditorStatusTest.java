package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.cli.GazetteCli;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.fixtures.CapturedOutput;
import org.opengazette.pdf.PdfOptions;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * An explicit {@code status} without dates or note wins: a copy of the demo gains 卖淫嫖娼人员收容教育办法
 * (administrative_regulation-293df204 of the corpus, which the source marks 失效: the measure was
 * abolished in 2019), with {@code status: expired} and neither {@code expires} nor {@code
 * status_note}. It is 失效 on its page (saying the editor set it), in the status browse pages, in
 * its data file and the catalogue, in the feed and in search; the missing note is a warning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorStatusTest {
    private static final String ID = "administrative_regulation-293df204";

    @RegisterExtension
    final CapturedOutput output = new CapturedOutput();

    private SiteTree site;
    private BuildResult result;

    @BeforeAll
    void buildACopyWithAnExpiredTextWithoutNote(@TempDir Path project) throws IOException {
        DemoSite.copyProject(project);
        Files.writeString(
                project.resolve("content/documents/administrative_regulation/" + ID + ".md"),
                """
                ---
                title: "卖淫嫖娼人员收容教育办法"
                kind: administrative_regulation
                issuer: ["国务院"]
                published: 2011-01-08
                status: expired
                history:
                  - "1993年9月4日 中华人民共和国国务院令第127号发布"
                ---

                **第一条** 为了教育、挽救卖淫、嫖娼人员，制止性病蔓延，根据《全国人民代表大会常务委员会关于严禁卖淫嫖娼的决定》，制定本办法。

                **第三条** 收容教育工作由公安部主管。

                **第二十三条** 本办法自发布之日起施行。
                """,
                StandardCharsets.UTF_8);
        result = Pipeline.build(
                BuildRequest.forProject(project)
                        .withOutput(project.resolve("target/site"))
                        .withAsOf(DemoSite.AS_OF)
                        .withHistory(false)
                        .withPdf(PdfOptions.defaults(project.resolve("pdf-cache"))
                                .withEnabled(false)),
                ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        site = new SiteTree(project.resolve("target/site"));
    }

    @Test
    void theMissingNoteIsTheOnlyWarning() {
        List<Diagnostic> warnings = result.diagnostics();
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals("status-without-note", warning.code());
        assertEquals(6, warning.position().line());
        assertTrue(warning.message().contains("页面按“expired”显示并注明由编辑标注"), warning.message());
    }

    @Test
    void thePageShowsTheEditorsStatusAndSaysWhoseItIs() {
        Document page = site.html("docs/" + ID + "/index.html");
        assertEquals("失效（时效性由编辑标注）", page.selectFirst(".meta-status dd").text());
        assertEquals("本文件失效（时效性由编辑标注）。", page.selectFirst(".banner").text());
        assertEquals("banner banner-expired", page.selectFirst(".banner").className());
    }

    @Test
    void aNotedStatusShowsItsNote() {
        Document page = site.html("docs/law-435e1308/index.html");
        assertEquals(
                "失效（时效性由编辑标注：来源数据库标注为失效）", page.selectFirst(".meta-status dd").text());
        assertFalse(
                page.selectFirst(".banner").text().contains("null"),
                page.selectFirst(".banner").text());
    }

    @Test
    void filtersDataAndFeedsSayExpired() throws Exception {
        assertTrue(site.text("browse/status/expired/index.html").contains("卖淫嫖娼人员收容教育办法"));
        assertFalse(site.text("browse/status/in_force/index.html").contains("卖淫嫖娼人员收容教育办法"));
        JsonNode version =
                site.json("data/docs/" + ID + ".json").get("versions").get(0);
        assertEquals("expired", version.get("status").asText());
        assertTrue(version.get("status_by_editor").asBoolean());
        assertEquals(0, version.get("in_force").size(), "never in force by the search filter");
        int listed = 0;
        for (JsonNode entry : site.json("data/catalog.json").get("versions")) {
            if (entry.get("id").asText().equals(ID)) {
                assertEquals("expired", entry.get("status").asText());
                listed++;
            }
        }
        assertEquals(1, listed);
        String feed = site.text("feeds/documents.xml");
        int item = feed.indexOf("卖淫嫖娼人员收容教育办法");
        assertTrue(item > 0 && feed.indexOf("</entry>", item) > feed.indexOf("失效", item), "the feed says 失效");

        assertEquals(
                0,
                GazetteCli.execute(
                        "search", "--site", site.root().toString(), "--json", "--status", "expired", "收容教育"));
        JsonNode hits = new ObjectMapper().readTree(output.out()).get("hits");
        assertEquals(ID, hits.get(0).get("id").asText());
    }
}
