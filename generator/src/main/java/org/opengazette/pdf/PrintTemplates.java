package org.opengazette.pdf;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;
import org.opengazette.site.Theme;

/**
 * The theme's print templates: {@value #DOCUMENT} (one version) and {@value #ISSUE} (a whole
 * issue), which include {@code pdf-layout.ftlh} and {@code pdf-print.css}. Each sees {@code page}
 * (a {@link PrintDocument} or {@link PrintIssue}), {@code meta} ({@link PdfMetadata}) and
 * {@code t} (the UI strings), and writes XHTML. Thread-safe.
 */
final class PrintTemplates {
    static final String DOCUMENT = "pdf-document.ftlh";
    static final String ISSUE = "pdf-issue.ftlh";

    private final Theme theme;

    PrintTemplates(Theme theme) {
        this.theme = theme;
    }

    /** The XHTML text of a print template; its bytes are what a PDF's cache key hashes. */
    String render(String template, Object page, PdfMetadata meta) throws IOException, TemplateException {
        StringWriter xhtml = new StringWriter();
        theme.template(template).process(Map.of("page", page, "meta", meta, "t", theme.strings()), xhtml);
        return xhtml.toString();
    }

    /** Parses XHTML as XML (jsoup's XML parser keeps {@code <bookmarks>} in the head) into a W3C DOM. */
    static org.w3c.dom.Document parse(String xhtml) {
        return W3CDom.convert(Jsoup.parse(xhtml, "", Parser.xmlParser()));
    }

    String templateFile(String template) {
        return theme.templateFile(template);
    }
}
