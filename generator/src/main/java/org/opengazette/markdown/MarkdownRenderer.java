package org.opengazette.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Renders a document body. Thread-safe: one instance serves all render threads.
 *
 * <p>The output is sanitized with a safelist (jsoup's {@code relaxed} plus ids, footnote classes
 * and table alignment); links may only use {@code http}, {@code https}, {@code mailto} or be
 * relative. Headings get ids (for anchors); tables are wrapped for horizontal scrolling on phones (a named region, from the caption or the header row),
 * and header cells without a {@code scope} get one ({@code col} in the head, {@code row} elsewhere).
 */
public final class MarkdownRenderer {
    private static final String SANITIZE_BASE = "https://sanitize.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS,
                List.of(TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        this.safelist = Safelist.relaxed()
                .addTags("section", "hr", "sup", "sub", "del", "s", "figure", "figcaption")
                .addAttributes(":all", "id", "class", "title", "lang")
                .addAttributes("td", "align", "colspan", "rowspan")
                .addAttributes("th", "align", "colspan", "rowspan", "scope")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .removeProtocols("img", "src", "http")
                .preserveRelativeLinks(true);
    }

    /** A table's name: its caption, else the text of its header row's cells, cut to 60 characters; or empty. */
    private static String tableName(Element table) {
        Element caption = table.selectFirst("caption");
        Element firstRow = table.selectFirst("tr");
        String name = caption != null
                ? caption.text()
                : firstRow == null ? "" : String.join(" / ", firstRow.children().eachText());
        name = name.strip();
        return name.codePointCount(0, name.length()) > 60
                ? name.substring(0, name.offsetByCodePoints(0, 59)) + "…"
                : name;
    }

    /** A rendered body: sanitized HTML for the page, and its plain text for data files and search. */
    public record Rendered(String html, String text) {}

    /** Renders the body to sanitized HTML (ready for the page's main element) and plain text. */
    public Rendered render(String markdown) {
        return render(markdown, body -> {});
    }

    /**
     * Renders the body, letting {@code transform} change the sanitized body (e.g. link citations)
     * before it is written out, so the HTML is parsed once. The plain text is taken before the
     * transform.
     */
    public Rendered render(String markdown, java.util.function.Consumer<Element> transform) {
        Node document = parser.parse(markdown);
        String html = renderer.render(document);
        Document dirty = Jsoup.parseBodyFragment(html, SANITIZE_BASE);
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element table : clean.select("table")) {
            table.wrap("<div class=\"table-scroll\"></div>");
            String name = tableName(table);
            if (!name.isEmpty()) {
                // a named region, so that a keyboard can scroll a wide table and a screen reader says what it is
                table.parent().attr("role", "region").attr("aria-label", name).attr("tabindex", "0");
            }
        }
        for (Element header : clean.select("th:not([scope])")) {
            header.attr("scope", header.closest("thead") != null ? "col" : "row");
        }
        String text = clean.body().wholeText().strip();
        transform.accept(clean.body());
        clean.outputSettings().prettyPrint(false);
        return new Rendered(clean.body().html(), text);
    }
}
