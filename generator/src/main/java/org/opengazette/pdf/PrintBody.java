package org.opengazette.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;

/**
 * Turns a sanitized body (the HTML of the document page) into what the print template embeds:
 * well-formed XHTML whose ids are prefixed with the document's anchor (so that several documents
 * share one issue PDF), without the page's scroll wrappers and article links, without links into the site (they
 * lead nowhere from a PDF), its text {@linkplain GlyphCoverage#printable printable}; and the
 * outline of its headings.
 */
final class PrintBody {
    static final int MAX_SPAN = 1000;
    /** Longer than any list of addressees: a first paragraph this long is text, not 主送机关. */
    private static final int MAX_ADDRESSEE = 200;

    private static final Pattern ARTICLE = Pattern.compile("第[零〇一二三四五六七八九十百千\\d]+条");

    private PrintBody() {}

    /**
     * The XHTML of a body, its headings as nested bookmarks (h2 章 holding h3 节 …), and whether
     * the body carries its own 落款: a paragraph that is just the document's date.
     */
    record Converted(String xhtml, List<Bookmark> headings, boolean signedInBody) {}

    /**
     * Converts a body. GB/T 9704 places two things where a plain paragraph would be wrong: the
     * 主送机关 (a first paragraph that ends with a colon and holds no sentence) is set flush left,
     * class {@code addressee}; a 落款 in the body (the date paragraph and the issuers' paragraphs
     * just above it) is wrapped as the template's own {@code signature}, to the right.
     */
    static Converted convert(
            String bodyHtml,
            String anchor,
            String date,
            List<String> issuers,
            Signature signature,
            GlyphCoverage coverage) {
        Document document = Jsoup.parseBodyFragment(bodyHtml);
        Element body = document.body();
        body.select("div.table-scroll").forEach(Element::unwrap);
        body.select("a.article-link").remove();
        body.select("[tabindex]").removeAttr("tabindex");
        clampSpans(body);
        for (Element element : body.select("[id]")) {
            element.id(anchor + "-" + element.id());
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#")) {
                link.attr("href", "#" + anchor + "-" + href.substring(1));
            } else if (!href.startsWith("http://") && !href.startsWith("https://") && !href.startsWith("mailto:")) {
                link.removeAttr("href");
            }
        }
        for (TextNode text : body.nodeStream(TextNode.class).toList()) {
            String printable = coverage.printable(text.getWholeText());
            if (!printable.equals(text.getWholeText())) {
                text.text(printable);
            }
        }
        List<Bookmark> headings = headings(body, anchor);
        markAddressee(body);
        Element dateLine = date == null
                ? null
                : body.select("p").stream()
                        .filter(p -> p.text().strip().equals(date))
                        .findFirst()
                        .orElse(null);
        if (dateLine != null) {
            wrapSignature(dateLine, issuers, signature);
        }
        boolean signed = dateLine != null;
        document.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        return new Converted(body.html(), headings, signed);
    }

    /** 主送机关: the body's first element, a paragraph ending in ： with no full stop, not an article. */
    private static void markAddressee(Element body) {
        Element first = body.children().first();
        if (first == null || !first.tagName().equals("p")) {
            return;
        }
        String text = first.text().strip();
        if (text.endsWith("：")
                && !text.contains("。")
                && text.length() <= MAX_ADDRESSEE
                && !ARTICLE.matcher(text).lookingAt()) {
            first.addClass("addressee");
        }
    }

    /**
     * The date paragraph and the paragraphs of issuer names right above it become the template's
     * signature block, each line with its right space (see {@link Signature}).
     */
    private static void wrapSignature(Element dateLine, List<String> issuers, Signature signature) {
        List<Element> lines = new ArrayList<>();
        for (Element previous = dateLine.previousElementSibling();
                previous != null
                        && previous.tagName().equals("p")
                        && issuers.contains(previous.text().strip());
                previous = previous.previousElementSibling()) {
            lines.add(0, previous);
        }
        List<PrintDocument.SignatureLine> placed = signature.lines(
                lines.stream().map(p -> p.text().strip()).toList(),
                dateLine.text().strip());
        lines.add(dateLine);
        Element block = new Element("div").addClass("signature");
        lines.get(0).before(block);
        for (int i = 0; i < lines.size(); i++) {
            block.appendChild(
                    lines.get(i).attr("style", "margin-right: " + placed.get(i).rightEms() + "em"));
        }
    }

    /**
     * Table spans as browsers read them (at most {@value #MAX_SPAN}): the sanitizer lets raw HTML
     * keep {@code rowspan}, and openhtmltopdf allocates every spanned row, so rowspan="2147483647"
     * would exhaust the heap.
     */
    private static void clampSpans(Element body) {
        for (String attribute : new String[] {"rowspan", "colspan"}) {
            for (Element cell : body.select("[" + attribute + "]")) {
                String value = cell.attr(attribute).strip();
                int span = !value.matches("\\d+") ? 1 : value.length() > 9 ? MAX_SPAN : Integer.parseInt(value);
                cell.attr(attribute, String.valueOf(Math.max(1, Math.min(span, MAX_SPAN))));
            }
        }
    }

    private static List<Bookmark> headings(Element body, String anchor) {
        List<Bookmark> roots = new ArrayList<>();
        Deque<Level> open = new ArrayDeque<>();
        int count = 0;
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            count++;
            if (heading.id().isEmpty()) {
                heading.id(anchor + "-h" + count);
            }
            String label = heading.text().strip();
            if (label.isEmpty()) {
                continue;
            }
            int level = heading.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek().level >= level) {
                open.pop();
            }
            List<Bookmark> children = new ArrayList<>();
            Bookmark bookmark = new Bookmark(label, "#" + heading.id(), children);
            (open.isEmpty() ? roots : open.peek().children).add(bookmark);
            open.push(new Level(level, children));
        }
        return freeze(roots);
    }

    private static List<Bookmark> freeze(List<Bookmark> bookmarks) {
        return bookmarks.stream()
                .map(b -> new Bookmark(b.label(), b.href(), freeze(b.children())))
                .toList();
    }

    private record Level(int level, List<Bookmark> children) {}
}
