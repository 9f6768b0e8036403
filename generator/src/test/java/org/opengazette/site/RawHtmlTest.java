package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.pipeline.BuildResult;

/**
 * Raw HTML written in a document body never reaches the rendered page: in a copy of the demo, a
 * document whose Markdown holds a {@code <script>}, an {@code onerror=} handler, a
 * {@code javascript:} link (HTML and Markdown), an {@code <iframe>} and an {@code onclick}
 * builds into a page whose only script is the theme's, with no event handler, no
 * {@code javascript:} URL and no frame, while the ordinary text around them is kept.
 */
class RawHtmlTest {
    @TempDir
    Path project;

    @Test
    void scriptsHandlersJavascriptLinksAndFramesAreRemoved() throws IOException {
        DemoSite.copyProject(project);
        Files.writeString(project.resolve("content/documents/notice/e2e-raw-html.md"), """
                ---
                title: "含原始HTML的测试通知"
                kind: notice
                issuer: ["云南省人民政府办公厅"]
                published: 2024-03-01
                ---

                第一条 正文保留。

                <script>alert("e2e-script")</script>

                <img src="x" onerror="alert('e2e-onerror')">

                <a href="javascript:alert('e2e-js-link')">点此查看</a>

                [也点此](javascript:alert('e2e-md-link'))

                <iframe src="https://evil.example/e2e-frame"></iframe>

                <div onclick="alert('e2e-onclick')">第二条 正文也保留。</div>
                """, StandardCharsets.UTF_8);
        BuildResult result = DemoSite.build(project, project.resolve("target/site"), DemoSite.AS_OF);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        SiteTree site = new SiteTree(project.resolve("target/site"));

        String raw = site.text("docs/e2e-raw-html/index.html");
        for (String injected : new String[] {
            "e2e-script",
            "e2e-onerror",
            "e2e-js-link",
            "e2e-md-link",
            "e2e-frame",
            "e2e-onclick",
            "<iframe",
            "javascript:",
            "onerror",
            "onclick"
        }) {
            assertFalse(
                    raw.toLowerCase(Locale.ROOT).contains(injected.toLowerCase(Locale.ROOT)),
                    "the page contains " + injected);
        }
        Document page = site.html("docs/e2e-raw-html/index.html");
        assertEquals(
                List.of("../../assets/reader.js", "../../assets/site.js"),
                page.select("script").eachAttr("src"),
                "only the theme's scripts");
        assertTrue(page.select("iframe, object, embed, frame").isEmpty());
        for (Element element : page.getAllElements()) {
            element.attributes()
                    .forEach(attribute -> assertFalse(
                            attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"), element.outerHtml()));
        }
        String body = page.selectFirst(".document-body").text();
        assertTrue(body.contains("第一条 正文保留。") && body.contains("第二条 正文也保留。"), body);
    }
}
