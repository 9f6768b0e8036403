package org.opengazette.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=\"alert(1)\">",
                "<a href=\"javascript:alert(1)\">点此</a>",
                "[点此](javascript:alert(1))",
                "<iframe src=\"https://example.com\"></iframe>",
                "<div onclick=\"alert(1)\">文字</div>",
                "<svg onload=alert(1)></svg>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<object data=\"x.swf\"></object>",
                "<style>body{display:none}</style>",
                "<form action=\"https://evil.example\"><input></form>",
            })
    void rawHtmlCannotInjectScript(String markdown) {
        Document page = Jsoup.parseBodyFragment(
                renderer.render("第一条 正文。\n\n" + markdown).html());
        assertTrue(
                page.select("script, iframe, object, embed, style, form, svg").isEmpty(), page.html());
        page.getAllElements()
                .forEach(element -> element.attributes().forEach(attribute -> {
                    assertFalse(attribute.getKey().toLowerCase().startsWith("on"), page.html());
                    assertFalse(attribute.getValue().toLowerCase().contains("javascript:"), page.html());
                }));
    }

    @Test
    void rendersTablesFootnotesAndHeadingAnchors() {
        String html = renderer.render("""
                ## 第一章 总则

                | 项目 | 标准 |
                | --- | --- |
                | 元旦 | 1天 |

                依照本办法[^1]执行。

                [^1]: 国务院令第644号。
                """).html();
        Document page = Jsoup.parseBodyFragment(html);
        assertEquals("第一章 总则", page.selectFirst("h2").text());
        assertFalse(page.selectFirst("h2").id().isEmpty(), "heading has an anchor id");
        assertEquals("元旦", page.selectFirst("table td").text());
        assertEquals("col", page.selectFirst("table th").attr("scope"), "header cells say what they head");
        Element scroll = page.selectFirst("table").parent();
        assertTrue(scroll.hasClass("table-scroll"));
        assertEquals("region", scroll.attr("role"), "a wide table scrolls in a named region that a keyboard reaches");
        assertEquals("0", scroll.attr("tabindex"));
        assertFalse(scroll.attr("aria-label").isEmpty(), scroll.outerHtml());
        assertEquals("#fn-1", page.selectFirst("sup a").attr("href"));
        assertTrue(page.selectFirst("li#fn-1").text().contains("国务院令第644号"));
    }

    @Test
    void plainTextKeepsTheWordsWithoutMarkup() {
        MarkdownRenderer.Rendered rendered = renderer.render("**第一条** 为了规范<em>政务公开</em>，制定本办法。");
        assertEquals("第一条 为了规范政务公开，制定本办法。", rendered.text());
    }
}
