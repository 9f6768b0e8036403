package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo site as an older reader on a phone meets it: one headless Chromium, driven over the
 * DevTools protocol, loads a page of every type at 320, 390 and 1366 CSS pixels in the three
 * display modes (normal, 大字版, 高对比度, stored as reader.js reads them). No page scrolls
 * sideways; axe-core (from npm, {@code .ci/axe}, installed by {@code .ci/run}) finds no violation
 * of WCAG 2.1 A and AA (every rule at 320 and 1366 px; in the other modes, which change only the
 * styles, the rules that depend on them, at 320 px); the focus ring contrasts at least 3:1 with what surrounds it; 大字版
 * enlarges the text without shifting the layout as the page opens; the browser's own font size
 * setting is followed (and a phone set to 24 px in 大字版 still does not scroll sideways); 大字版's controls are at least 44 px tall.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserTest {
    /** One page of every type. */
    private static final List<String> PAGES = List.of(
            "index.html",
            "docs/yn-2020-disclosure-key-points/index.html",
            "docs/yn-2020-disclosure-key-points-reading/index.html",
            "docs/law-5e4396d9/2015-03-15/index.html",
            "docs/administrative_regulation-549d7478/index.html",
            "docs/administrative_regulation-c92b2fd9/compare/2013-12-11-to-2024-11-10/index.html",
            "gazette/index.html",
            "gazette/2020/index.html",
            "gazette/2020/17/index.html",
            "browse/index.html",
            "browse/kind/index.html",
            "browse/status/in_force/page-3/index.html",
            "statistics/index.html",
            "pages/guide/index.html",
            "search/index.html?q=政务公开",
            "404.html");

    private static final int[] WIDTHS = {320, 390, 1366};
    private static final int HEIGHT = 844;

    /** A display mode: the stored choice reader.js applies, or none. */
    private enum Mode {
        NORMAL(null, null),
        LARGE_TEXT("text-size", "large"),
        HIGH_CONTRAST("contrast", "high");

        final String choice;
        final String value;

        Mode(String choice, String value) {
            this.choice = choice;
            this.value = value;
        }
    }

    private StaticServer server;
    private DevToolsSession browser;
    private String axe;

    @BeforeAll
    void openTheDemoSite() throws IOException {
        Path axeScript = axeScript();
        axe = Files.readString(axeScript, StandardCharsets.UTF_8);
        Path work = DemoSite.scratch("reader");
        server = StaticServer.serve(DemoSite.root());
        browser = Chromium.find(work).session();
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
    void noPageScrollsSidewaysAtAnyWidthInAnyMode() {
        List<String> failures = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            choose(mode);
            for (int width : WIDTHS) {
                browser.viewport(width, HEIGHT, width < 800);
                for (String page : PAGES) {
                    open(page);
                    // the window's width, not innerWidth: a phone widens its layout viewport to fit a page that
                    // overflows
                    JsonNode widths = browser.evaluate("const view = " + width + ";" + """
                            (() => {
                              const page = document.documentElement.scrollWidth;
                              const scrolled = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                                if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                              const wide = [...document.body.querySelectorAll('*')]
                                .filter(e => e.getBoundingClientRect().right > view + 0.5 && !scrolled(e))
                                .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.className);
                              return {page, wide};
                            })()""");
                    if (widths.path("page").asInt() > width
                            || !widths.path("wide").isEmpty()) {
                        failures.add(mode + " " + width + " px " + page + ": page " + widths.path("page") + " px wide, "
                                + widths.path("wide"));
                    }
                }
            }
        }
        assertTrue(
                failures.isEmpty(), "pages wider than the window (SC 1.4.10 Reflow):\n" + String.join("\n", failures));
    }

    /** Every axe-core rule of WCAG 2.0 and 2.1, levels A and AA. */
    private static final String WCAG_21_AA = "{type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}";

    /**
     * The rules of {@link #WCAG_21_AA} whose outcome depends on the styles: the other modes change
     * the styles only (the DOM is the same), so these are the rules they can break.
     */
    private static final String STYLE_RULES =
            "{type: 'rule', values: ['color-contrast', 'link-in-text-block', 'scrollable-region-focusable', "
                    + "'avoid-inline-spacing', 'css-orientation-lock']}";

    @Test
    void axeFindsNoViolationOfWcag21AA() {
        List<String> failures = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            choose(mode);
            for (int width : mode == Mode.NORMAL ? new int[] {320, 1366} : new int[] {320}) {
                browser.viewport(width, HEIGHT, width < 800);
                for (String page : PAGES) {
                    open(page);
                    browser.evaluate(axe + ";0");
                    JsonNode violations = browser.evaluate("axe.run(document, {runOnly: "
                            + (mode == Mode.NORMAL ? WCAG_21_AA : STYLE_RULES) + ", resultTypes: ['violations']})"
                            + ".then(r => r.violations.map(v => v.id + ' (' + v.impact + '): '"
                            + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))");
                    violations.forEach(v -> failures.add(mode + " " + width + " px " + page + ": " + v.asText()));
                }
            }
        }
        assertTrue(failures.isEmpty(), "axe-core violations:\n" + String.join("\n", failures));
    }

    @Test
    void focusRingContrastsThreeToOneWithItsSurroundings() {
        List<String> failures = new ArrayList<>();
        int stops = 0;
        for (Mode mode : Mode.values()) {
            choose(mode);
            for (int width : new int[] {390, 1366}) {
                browser.viewport(width, HEIGHT, width < 800);
                for (String page : List.of(
                        "index.html",
                        "docs/administrative_regulation-549d7478/index.html",
                        "browse/status/in_force/page-3/index.html",
                        "search/index.html?q=政务公开")) {
                    open(page);
                    Set<String> seen = new HashSet<>();
                    for (int press = 0; press < 60; press++) {
                        browser.pressTab();
                        JsonNode ring = browser.evaluate(FOCUS_RING);
                        if (ring.isNull() || !seen.add(ring.path("element").asText())) {
                            break;
                        }
                        stops++;
                        String where = mode + " " + width + " px " + page + " "
                                + ring.path("element").asText() + ": ";
                        if (ring.path("style").asText().equals("none")
                                || ring.path("width").asDouble() < 2) {
                            failures.add(where + "no focus ring (" + ring + ")");
                            continue;
                        }
                        double contrast = Contrast.ratio(
                                ring.path("color").asText(), ring.path("around").asText());
                        if (contrast < 3) {
                            failures.add(where
                                    + String.format(
                                            "ring %s on %s is %.2f:1",
                                            ring.path("color").asText(),
                                            ring.path("around").asText(),
                                            contrast));
                        }
                    }
                }
            }
        }
        assertTrue(stops > 100, "the keyboard reached " + stops + " focus stops");
        assertTrue(failures.isEmpty(), "focus rings under 3:1 (SC 1.4.11):\n" + String.join("\n", failures));
    }

    /** The focused element, its outline, and the first opaque background behind the outline (its parent's). */
    private static final String FOCUS_RING = """
            (() => {
              const e = document.activeElement;
              if (!e || e === document.body) return null;
              const s = getComputedStyle(e);
              const opaque = c => !/^rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent';
              let around = 'rgb(255, 255, 255)';
              for (let p = parseFloat(s.outlineOffset) < 0 ? e : e.parentElement; p; p = p.parentElement) {
                const b = getComputedStyle(p).backgroundColor;
                if (opaque(b)) { around = b; break; }
              }
              const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 16) + '"';
              return {element: name + ' @' + Math.round(e.getBoundingClientRect().top + scrollY), style: s.outlineStyle,
                width: parseFloat(s.outlineWidth), color: s.outlineColor, around};
            })()""";

    @Test
    void largeTextIsAppliedBeforeTheFirstPaint() {
        browser.viewport(390, HEIGHT, true);
        choose(Mode.NORMAL);
        browser.navigate(server.url("docs/yn-2020-disclosure-key-points/index.html"));
        double normal = browser.evaluate(
                        "parseFloat(getComputedStyle(document.querySelector('.document-body p')).fontSize)")
                .asDouble();
        choose(Mode.LARGE_TEXT);
        browser.navigate(server.url("docs/yn-2020-disclosure-key-points/index.html"));
        double large = browser.evaluate(
                        "parseFloat(getComputedStyle(document.querySelector('.document-body p')).fontSize)")
                .asDouble();
        double shift = browser.evaluate("""
                        new Promise(done => {
                          let shift = 0;
                          new PerformanceObserver(list => list.getEntries()
                              .forEach(e => { if (!e.hadRecentInput) shift += e.value; }))
                            .observe({type: 'layout-shift', buffered: true});
                          setTimeout(() => done(shift), 300);
                        })""").asDouble();
        assertTrue(
                large / normal >= 1.25 && large / normal <= 1.5, "大字版 is " + large + " px against " + normal + " px");
        assertTrue(shift < 0.05, "大字版 shifts the layout as the page opens: CLS " + shift);
        assertEquals(
                "true",
                browser.evaluate("document.querySelector('[data-reader=text-size]').getAttribute('aria-pressed')")
                        .asText());
    }

    @Test
    void theBrowsersFontSizeSettingIsFollowed() {
        browser.viewport(1366, HEIGHT, false);
        choose(Mode.NORMAL);
        try {
            browser.defaultFontSize(24);
            browser.navigate(server.url("docs/yn-2020-disclosure-key-points/index.html"));
            double body = browser.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
                    .asDouble();
            assertTrue(body >= 24, "with the browser set to 24 px the body text is " + body + " px");
            choose(Mode.LARGE_TEXT);
            browser.navigate(server.url("docs/yn-2020-disclosure-key-points/index.html"));
            double large = browser.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
                    .asDouble();
            assertTrue(large >= 24 * 1.25, "大字版 with the browser set to 24 px: " + large + " px");
            browser.viewport(320, HEIGHT, true);
            for (String page : List.of(
                    "index.html",
                    "docs/yn-2020-disclosure-key-points/index.html",
                    "browse/status/in_force/page-3/index.html")) {
                browser.navigate(server.url(page));
                int width =
                        browser.evaluate("document.documentElement.scrollWidth").asInt();
                assertTrue(
                        width <= 320,
                        "大字版 with the browser set to 24 px makes " + page + " " + width + " px wide at 320 px");
            }
        } finally {
            browser.defaultFontSize(16);
        }
    }

    @Test
    void largeTextControlsAreAtLeast44PixelsTall() {
        choose(Mode.LARGE_TEXT);
        List<String> failures = new ArrayList<>();
        for (int width : new int[] {390, 1366}) {
            browser.viewport(width, HEIGHT, width < 800);
            for (String page : List.of(
                    "index.html",
                    "browse/status/in_force/page-3/index.html",
                    "gazette/2020/17/index.html",
                    "search/index.html?q=政务公开")) {
                open(page);
                browser.evaluate("document.querySelector('.nav-menu').open = true");
                JsonNode small = browser.evaluate("""
                        [...document.querySelectorAll('button, summary, input, select, .site-nav a, .pagination a, .link-list a, .issue-list a')]
                          .filter(e => e.getClientRects().length)
                          .map(e => [e.tagName.toLowerCase() + ' "' + (e.textContent || e.value || '').trim().slice(0, 12) + '"',
                                     e.getBoundingClientRect().height])
                          .filter(([, h]) => h < 44)""");
                small.forEach(s -> failures.add(width + " px " + page + ": "
                        + s.get(0).asText() + " is " + s.get(1).asDouble() + " px"));
            }
        }
        assertTrue(failures.isEmpty(), "大字版 touch targets under 44 px:\n" + String.join("\n", failures));
    }

    @Test
    void theMenuButtonCollapsesTheNavigationOnPhonesOnly() {
        choose(Mode.NORMAL);
        browser.viewport(390, HEIGHT, true);
        browser.navigate(server.url("index.html"));
        String visibleLinks =
                "[...document.querySelectorAll('.site-nav li a')].filter(a => a.checkVisibility()).length";
        assertEquals(0, browser.evaluate(visibleLinks).asInt(), "the navigation is folded on a phone");
        double header = browser.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
                .asDouble();
        assertTrue(header < 240, "the header takes " + header + " of 844 px");
        browser.evaluate("document.querySelector('.nav-menu > summary').focus()");
        browser.pressEnter();
        assertTrue(browser.evaluate(visibleLinks).asInt() >= 5, "Enter on the menu button unfolds the navigation");
        browser.viewport(1366, HEIGHT, false);
        browser.navigate(server.url("index.html"));
        assertTrue(browser.evaluate(visibleLinks).asInt() >= 5, "the navigation is shown on a wide screen");
        assertEquals(
                0,
                browser.evaluate("document.querySelector('.nav-menu > summary').getClientRects().length")
                        .asInt(),
                "no menu button on a wide screen");
    }

    /**
     * {@code docs/<id>/#第十条} opens the applying version with its 第十条 at the top of the window
     * on a wide screen, {@code docs/<id>/<version>/#第十条} that version's on a phone, and a screen
     * reader finds every article as a region named by its label (a landmark to jump to) and the 目录
     * as navigation.
     */
    @Test
    void anArticlesAddressScrollsItIntoViewAndArticlesAreLandmarks() {
        choose(Mode.NORMAL);
        Map<Integer, String> pages = new TreeMap<>(
                Map.of(1366, "docs/law-5e4396d9/index.html#第十条", 390, "docs/law-5e4396d9/2023-03-13/index.html#第十条"));
        for (Map.Entry<Integer, String> page : pages.entrySet()) {
            int width = page.getKey();
            browser.viewport(width, HEIGHT, width < 600);
            browser.navigate(server.url(page.getValue()));
            JsonNode view = browser.evaluate("""
                    (() => { const r = document.getElementById('第十条').getBoundingClientRect();
                      return {top: r.top, scrolled: scrollY}; })()""");
            double top = view.path("top").asDouble();
            assertTrue(top > -1 && top < 40, width + " px: 第十条 starts " + top + " px from the top of the window");
            assertTrue(view.path("scrolled").asDouble() > HEIGHT, width + " px: the page scrolled to it: " + view);
        }
        List<String> regions = new ArrayList<>();
        List<String> navigation = new ArrayList<>();
        for (JsonNode node : browser.accessibilityTree()) {
            String role = node.path("role").path("value").asText();
            String name = node.path("name").path("value").asText();
            if (role.equals("region")) {
                regions.add(name);
            } else if (role.equals("navigation")) {
                navigation.add(name);
            }
        }
        assertEquals(120, regions.stream().filter(name -> name.matches("第.+条")).count(), regions.toString());
        assertTrue(regions.contains("第十条"), regions.toString());
        assertTrue(navigation.contains("目录"), navigation.toString());
    }

    /** Opens a page; the search page once its answer is shown. */
    private void open(String page) {
        browser.navigate(server.url(page));
        if (page.startsWith("search/")) {
            browser.evaluate("""
                    new Promise(done => { const t0 = Date.now(); (function wait() {
                      if (document.querySelector('[data-search-results] li') || Date.now() - t0 > 5000) done(0);
                      else setTimeout(wait, 50); })(); })""");
        }
    }

    /** Stores the mode as the page's buttons do, for the pages opened next. */
    private void choose(Mode mode) {
        browser.navigate(server.url("index.html"));
        browser.evaluate("localStorage.clear()"
                + (mode.choice == null
                        ? ""
                        : "; localStorage.setItem('opengazette." + mode.choice + "', '" + mode.value + "')"));
    }

    /** axe-core as .ci/run installs it ({@code -Dgazette.axe=FILE} names another copy of axe.min.js). */
    private static Path axeScript() {
        String explicit = System.getProperty("gazette.axe");
        Path script = explicit != null && !explicit.isBlank()
                ? Path.of(explicit)
                : DemoSite.repo().resolve(".ci/axe/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            fail("axe-core is needed for the accessibility tests but " + script + " is missing: run `bash .ci/run` "
                    + "(installs it and runs the tests) or `npm ci --prefix .ci/axe`.");
        }
        return script;
    }
}
