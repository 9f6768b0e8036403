package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * What a government website carries, on the demo site: the footer's 主办单位, 网站标识码, ICP备案
 * and 公安备案 (with links) and 纠错 from site.yaml's {@code portal:}; a description and Open Graph
 * tags on every page; a favicon at the root and the theme's icons; on document pages 打印, 复制链接,
 * 纠错 and a QR code of the page's public address that a phone can read.
 */
class PortalFurnitureTest {
    private static final String DOCUMENT = "docs/yn-2020-disclosure-key-points/index.html";
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    private final SiteTree site = SiteTree.demo();

    @Test
    void everyPageHasTheFooterTheSiteConfigures() {
        for (String page : List.of("index.html", DOCUMENT, "gazette/index.html", "404.html", "search/index.html")) {
            Element footer = site.html(page).selectFirst("footer.site-footer");
            String text = footer.text();
            assertTrue(text.contains("主办单位：OpenGazette 演示站（非政府网站）"), page + ": " + text);
            assertTrue(text.contains("网站标识码：0000000000"), page + ": " + text);
            assertEquals(
                    "https://beian.miit.gov.cn/",
                    footer.selectFirst("a:contains(演ICP备00000000号)").attr("href"),
                    page);
            assertEquals(
                    "https://beian.mps.gov.cn/",
                    footer.selectFirst("a:contains(演公网安备00000000000000号)").attr("href"),
                    page);
            assertEquals(
                    "mailto:gazette-feedback@example.gov.cn",
                    footer.selectFirst("a:contains(纠错与联系我们)").attr("href"),
                    page);
        }
    }

    @Test
    void everyPageHasADescriptionAndOpenGraphTags() {
        List<String> missing = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            Document html = site.html(page);
            if (SiteTree.isRedirect(html)) {
                continue;
            }
            for (String selector : List.of(
                    "meta[name=description]",
                    "meta[property=og:title]",
                    "meta[property=og:description]",
                    "meta[property=og:type]",
                    "meta[property=og:site_name]",
                    "meta[property=og:image]")) {
                Element meta = html.selectFirst(selector);
                if (meta == null || meta.attr("content").isBlank()) {
                    missing.add(page + ": " + selector);
                }
            }
            Element url = html.selectFirst("meta[property=og:url]");
            if (url == null
                    || !url.attr("content")
                            .equals(html.selectFirst("link[rel=canonical]").attr("href"))) {
                missing.add(page + ": og:url is not the canonical address");
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
        Document document = site.html(DOCUMENT);
        assertEquals("article", document.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals(
                "云南省人民政府办公厅关于印发2020年云南省政务公开工作要点的通知 · 现行有效",
                document.selectFirst("meta[name=description]").attr("content"));
        assertEquals(
                "中华人民共和国保守国家秘密法实施条例 · 中华人民共和国国务院令第786号 · 现行有效",
                site.html("docs/administrative_regulation-11d33fec/index.html")
                        .selectFirst("meta[name=description]")
                        .attr("content"),
                "with its 发文字号");
        assertEquals(
                "https://gazette.example.gov.cn/assets/icon-512.png",
                document.selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(site.html("index.html")
                .selectFirst("meta[name=description]")
                .attr("content")
                .startsWith("云南省人民政府公报（演示）与规章"));
    }

    @Test
    void theFaviconIsAtTheRootAndTheIconsThePagesNameExist() {
        assertArrayEquals(new byte[] {0, 0, 1, 0}, Arrays.copyOf(site.bytes("favicon.ico"), 4), "an ICO file");
        Document home = site.html("index.html");
        for (Element icon : home.select("link[rel=icon], link[rel=apple-touch-icon]")) {
            assertTrue(site.isFile(site.resolve("index.html", icon.attr("href"))), icon.outerHtml());
        }
        assertEquals(
                3, home.select("link[rel=icon], link[rel=apple-touch-icon]").size());
    }

    @Test
    void aDocumentPageOffersPrintCopyAndFeedback() {
        Document page = site.html(DOCUMENT);
        Element actions = page.selectFirst("main .page-actions");
        assertNotNull(actions);
        for (String button : List.of("button[data-print]", "button[data-copy-link]")) {
            assertTrue(
                    actions.selectFirst(button).parent().hasClass("scripted"), button + " is shown with scripts only");
        }
        assertNotNull(page.selectFirst("[role=status][data-copy-status]"), "the copy is announced");
        assertEquals(
                "mailto:gazette-feedback@example.gov.cn?subject=%E7%BA%A0%E9%94%99%EF%BC%9A"
                        + "%E4%BA%91%E5%8D%97%E7%9C%81%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C%E5%8A%9E%E5%85%AC%E5%8E%85"
                        + "%E5%85%B3%E4%BA%8E%E5%8D%B0%E5%8F%912020%E5%B9%B4%E4%BA%91%E5%8D%97%E7%9C%81%E6%94%BF%E5%8A%A1"
                        + "%E5%85%AC%E5%BC%80%E5%B7%A5%E4%BD%9C%E8%A6%81%E7%82%B9%E7%9A%84%E9%80%9A%E7%9F%A5",
                actions.selectFirst("a:contains(纠错)").attr("href"));
    }

    @Test
    void theQrCodeOfADocumentPageReadsAsItsPublicAddress() throws Exception {
        for (String page : List.of(DOCUMENT, "docs/law-5e4396d9/2015-03-15/index.html")) {
            Document html = site.html(page);
            Element svg = html.selectFirst("main figure.qr-code svg");
            assertNotNull(svg, page);
            assertEquals("true", svg.attr("aria-hidden"), "the caption says what it is");
            assertEquals(html.selectFirst("link[rel=canonical]").attr("href"), decode(svg), page);
        }
    }

    /** Draws the SVG's runs of dark modules, four pixels a module, and reads the QR code with ZXing. */
    private static String decode(Element svg) throws Exception {
        int modules = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
        int scale = 4;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xffffffff);
        Matcher run = RUN.matcher(svg.selectFirst("path").attr("d"));
        int runs = 0;
        while (run.find()) {
            runs++;
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                Arrays.fill(pixels, y * size + x0 * scale, y * size + (x0 + length) * scale, 0xff000000);
            }
        }
        assertFalse(runs == 0, "the path has dark modules");
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
