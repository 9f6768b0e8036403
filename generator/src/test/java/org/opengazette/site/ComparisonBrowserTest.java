package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo's 立法法 comparison in headless Chromium at 390 px: the change links move from change
 * to change by their fragments and 只看变化 hides every row that is not a change, both done by the
 * browser itself (links and a checkbox with CSS; the page has no script for them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonBrowserTest {
    private static final String PAGE = "docs/law-5e4396d9/compare/2015-03-15-to-2023-03-13/index.html";

    private StaticServer server;
    private DevToolsSession browser;

    @BeforeAll
    void openTheComparison() throws IOException {
        server = StaticServer.serve(DemoSite.root());
        browser = Chromium.find(DemoSite.scratch("comparison")).session();
        browser.viewport(390, 844, true);
        browser.navigate(server.url(PAGE));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theChangeLinksGoFromOneChangeToTheNextInView() {
        assertEquals("原第三条 第1/58", follow(".compare-summary a"));
        assertEquals("第三条 第2/58", follow("#原第三条 .change-nav a:last-child"));
        assertEquals("第四条 第3/58", follow("#第三条 .change-nav a:last-child"));
        assertEquals("第三条 第2/58", follow("#第四条 .change-nav span + a"));
    }

    @Test
    void onlyChangesHidesEveryOtherRow() {
        JsonNode shown = browser.evaluate("""
                (() => {
                  const visible = () => [...document.querySelectorAll('.comparison > li')]
                    .filter(li => li.getClientRects().length > 0);
                  const before = visible().length;
                  document.querySelector('label[for=only-changes]').click();
                  const after = visible();
                  return {before, after: after.length,
                          allChanges: after.every(li => li.classList.contains('is-change')),
                          changes: document.querySelectorAll('.comparison > li.is-change').length};
                })()""");
        assertEquals(58, shown.path("changes").asInt(), shown.toString());
        assertTrue(shown.path("before").asInt() > 58, shown.toString());
        assertEquals(58, shown.path("after").asInt(), shown.toString());
        assertTrue(shown.path("allChanges").asBoolean(), shown.toString());
    }

    /** Clicks the link, then: the id of the targeted row (in view) and its "第 N/M 处变化" without spaces and 处变化. */
    private String follow(String link) {
        JsonNode target = browser.evaluate("""
                new Promise(done => {
                  document.querySelector('%s').click();
                  requestAnimationFrame(() => requestAnimationFrame(() => {
                    const row = document.querySelector(':target');
                    const top = row.getBoundingClientRect().top;
                    done({id: row.id, inView: top >= -1 && top < innerHeight, top, scroll: scrollY, height: document.documentElement.scrollHeight,
                          number: row.querySelector('.change-nav span').textContent});
                  }));
                })""".formatted(link));
        assertTrue(target.path("inView").asBoolean(), target.toString());
        return target.path("id").asText() + " "
                + target.path("number").asText().replace(" ", "").replace("处变化", "");
    }
}
