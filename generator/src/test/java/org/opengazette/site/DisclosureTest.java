package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.pipeline.BuildResult;

/**
 * A document that is not 主动公开 is never published: a copy of the demo gains a document with
 * {@code disclosure: 依申请公开} (filed in a gazette issue, under a topic, with a 发文字号), a
 * public document that {@code amends:} it, and a two-version document whose newer version is
 * 依申请公开. After the build, the withheld title, body phrase, 发文字号 and id appear in no file
 * of the site (every file read as UTF-8: pages, catalog, data files, sitemap, browse pages), the
 * public document is published without a relation to it, and the withheld version has no page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureTest {
    private static final String PRIVATE_ID = "e2e-withheld-reply";
    private static final String PRIVATE_TITLE = "某县关于青梅煮酒事项的内部答复意见书";
    private static final String PRIVATE_PHRASE = "蓝鲸跃海七十二变";
    private static final String PRIVATE_NUMBER = "测保〔2024〕99号";
    private static final String MIXED_PRIVATE_TITLE = "白鹭栖洲管理办法（修订征求意见稿）";
    private static final String MIXED_PRIVATE_PHRASE = "紫燕衔泥三十六计";

    private SiteTree site;
    private BuildResult result;

    @BeforeAll
    void buildACopyWithAWithheldDocument(@TempDir Path project) throws IOException {
        DemoSite.copyProject(project);
        Path notices = project.resolve("content/documents/notice");
        Files.writeString(
                notices.resolve(PRIVATE_ID + ".md"),
                """
                ---
                title: "%s"
                doc_number: "%s"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2024-04-01
                topics: ["政务公开"]
                gazette: 2024-7
                gazette_section: 省政府办公厅文件
                disclosure: 依申请公开
                ---

                本件仅依申请提供。特定短语：%s。
                """.formatted(PRIVATE_TITLE, PRIVATE_NUMBER, PRIVATE_PHRASE),
                StandardCharsets.UTF_8);
        Files.writeString(notices.resolve("e2e-public-amender.md"), """
                ---
                title: "某县关于调整答复工作安排的通知"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2024-04-05
                topics: ["政务公开"]
                gazette: 2024-7
                gazette_section: 省政府办公厅文件
                amends: ["%s"]
                ---

                现将答复工作安排调整如下：自发布之日起施行。
                """.formatted(PRIVATE_ID), StandardCharsets.UTF_8);
        Path mixed = notices.resolve("e2e-mixed");
        Files.createDirectories(mixed);
        Files.writeString(mixed.resolve("2023-01-01.md"), """
                ---
                title: "白鹭栖洲管理办法"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2023-01-01
                ---

                第一条 为了管理白鹭栖洲，制定本办法。
                """, StandardCharsets.UTF_8);
        Files.writeString(
                mixed.resolve("2024-02-01.md"),
                """
                ---
                title: "%s"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2024-02-01
                disclosure: 不予公开
                ---

                第一条 %s。
                """.formatted(MIXED_PRIVATE_TITLE, MIXED_PRIVATE_PHRASE),
                StandardCharsets.UTF_8);
        result = DemoSite.build(project, project.resolve("target/site"), DemoSite.AS_OF);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertEquals(0, result.errors(), () -> result.diagnostics().toString());
        site = new SiteTree(project.resolve("target/site"));
    }

    @Test
    void theSummarySaysHowManyVersionsWereWithheldAndWhy() {
        assertEquals(java.util.Map.of("on_request", 1, "not_public", 1), result.withheld());
        String summary = org.opengazette.pipeline.BuildReporter.summary(result);
        assertTrue(summary.contains("versions), 2 versions withheld (on_request 1, not_public 1), "), summary);
    }

    @Test
    void withheldTextAppearsInNoFileOfTheSite() {
        List<String> leaks = new ArrayList<>();
        for (String file : site.files()) {
            String text = site.text(file);
            for (String secret : List.of(
                    PRIVATE_TITLE,
                    PRIVATE_PHRASE,
                    PRIVATE_NUMBER,
                    PRIVATE_ID,
                    MIXED_PRIVATE_TITLE,
                    MIXED_PRIVATE_PHRASE)) {
                if (text.contains(secret)) {
                    leaks.add(file + " contains \"" + secret + "\"");
                }
            }
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertTrue(site.files().size() > 150, "the whole site was searched");
    }

    @Test
    void theNamedOutputsInParticularHoldNothingOfIt() {
        List<String> files = new ArrayList<>(List.of(
                "data/catalog.json",
                "sitemap.xml",
                "manifest.json",
                "index.html",
                "gazette/2024/7/index.html",
                "browse/kind/notice/index.html",
                "browse/topic/index.html",
                "docs/e2e-public-amender/index.html",
                "data/docs/e2e-public-amender.json",
                "docs/e2e-mixed/index.html",
                "data/docs/e2e-mixed.json"));
        site.files().stream().filter(f -> f.startsWith("browse/")).forEach(files::add);
        for (String file : files) {
            assertTrue(site.isFile(file), file);
            String text = site.text(file);
            for (String secret :
                    List.of(PRIVATE_TITLE, PRIVATE_PHRASE, PRIVATE_ID, MIXED_PRIVATE_TITLE, MIXED_PRIVATE_PHRASE)) {
                assertFalse(text.contains(secret), file + " contains \"" + secret + "\"");
            }
        }
    }

    @Test
    void thePublicDocumentsArePublishedWithoutTheWithheldParts() {
        assertFalse(site.isFile("docs/" + PRIVATE_ID + "/index.html"));
        assertFalse(site.isFile("data/docs/" + PRIVATE_ID + ".json"));

        Document amender = site.html("docs/e2e-public-amender/index.html");
        assertEquals("某县关于调整答复工作安排的通知", amender.selectFirst("h1").text());
        assertTrue(
                amender.select(".relations li").isEmpty(),
                "no relation to a withheld document: "
                        + amender.select(".relations").text());
        assertEquals(
                0,
                site.json("data/docs/e2e-public-amender.json").get("relations").size());
        assertTrue(
                site.text("gazette/2024/7/index.html").contains("某县关于调整答复工作安排的通知"),
                "the public document is in its gazette issue");

        Document mixed = site.html("docs/e2e-mixed/index.html");
        assertEquals("白鹭栖洲管理办法", mixed.selectFirst("h1").text());
        assertTrue(mixed.select("ol.versions").isEmpty(), "only the public version remains: no version list");
        assertFalse(Files.exists(site.path("docs/e2e-mixed/2024-02-01")), "the withheld version has no page");
        assertFalse(
                Files.exists(site.path("docs/e2e-mixed/2023-01-01")), "a single remaining version has no version page");
        assertEquals(1, site.json("data/docs/e2e-mixed.json").get("versions").size());
    }
}
