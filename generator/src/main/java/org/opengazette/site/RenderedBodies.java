package org.opengazette.site;

import java.util.Map;
import org.opengazette.markdown.MarkdownRenderer;

/**
 * The bodies of a build's versions and pages rendered to HTML and text, looked up by the source
 * path of the file they were written in. A build that remembers for its next one holds them in
 * memory ({@link #of(Map)}); a single build keeps them on disk and reads each when a page, the
 * search index or a PDF needs it, so that it never holds every body at once.
 */
@FunctionalInterface
public interface RenderedBodies {
    /** The body rendered from the file at {@code sourcePath}, or null when there is none. */
    MarkdownRenderer.Rendered of(String sourcePath);

    /** The plain text of the body rendered from the file at {@code sourcePath}, or null when there is none. */
    default String textOf(String sourcePath) {
        MarkdownRenderer.Rendered body = of(sourcePath);
        return body == null ? null : body.text();
    }

    /** The bodies of {@code bySourcePath}, held in memory. */
    static RenderedBodies of(Map<String, MarkdownRenderer.Rendered> bySourcePath) {
        return bySourcePath::get;
    }
}
