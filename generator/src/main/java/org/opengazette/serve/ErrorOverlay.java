package org.opengazette.serve;

import java.util.List;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.pipeline.BuildResult;

/**
 * The page a preview shows instead of the site while the content has errors: every diagnostic
 * with its file:line:column, message and hint. It keeps the site's strict CSP (no inline script
 * or style) and reloads by itself once the files are fixed.
 */
final class ErrorOverlay {
    private ErrorOverlay() {}

    /** The overlay for a failed build, in the site's language. */
    static String html(BuildResult result) {
        boolean chinese = result.messages().locale().getLanguage().equals("zh");
        List<Diagnostic> problems = result.diagnostics();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"")
                .append(chinese ? "zh-CN" : "en")
                .append(
                        "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; style-src 'self'; script-src 'self'\">\n")
                .append("<title>")
                .append(chinese ? "内容有错误" : "The content has errors")
                .append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/__gazette/overlay.css\">\n")
                .append("</head>\n<body>\n<main role=\"alert\">\n<h1>")
                .append(
                        chinese
                                ? "内容有错误，网站未更新。改正后本页自动刷新。"
                                : "The content has errors; the site was not updated. This page reloads once they are fixed.")
                .append("</h1>\n<ol>\n");
        for (Diagnostic d : problems) {
            html.append("<li><code>")
                    .append(escape(d.position().toString()))
                    .append("</code> <span class=\"")
                    .append(d.isError() ? "error" : "warning")
                    .append("\">")
                    .append(escape(d.severity().label()))
                    .append("</span>: ")
                    .append(escape(d.message()))
                    .append(" [")
                    .append(escape(d.code()))
                    .append("]");
            if (!d.hint().isEmpty()) {
                html.append("<p class=\"hint\">")
                        .append(escape(result.messages().text("label.hint")))
                        .append(escape(d.hint()))
                        .append("</p>");
            }
            html.append("</li>\n");
        }
        return html.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
