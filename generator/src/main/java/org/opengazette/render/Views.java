package org.opengazette.render;

import java.util.List;
import org.opengazette.site.DocumentSummary;

/** The small page models, one record each; the larger ones have files of their own. */
public final class Views {
    private Views() {}

    /**
     * The home page.
     *
     * @param latest the newest documents
     * @param issues the newest gazette issues
     * @param counts figures such as the number of documents in force (label, value in note)
     */
    public record HomePage(List<DocumentSummary> latest, List<Link> issues, List<Link> counts) {}

    /**
     * A list of links with notes: the facets (the note says how many values each has, in words) or
     * the values of one facet (the note is the number of documents).
     */
    public record LinkList(String heading, List<Link> links) {}

    /** The annual disclosure statistics, newest year first. */
    public record Statistics(List<org.opengazette.statistics.YearTable> years) {}

    /** A static page from {@code content/pages/}. */
    public record StaticPage(String title, String bodyHtml) {}

    /**
     * A page that sends the reader on to the document's current URL (an alias).
     *
     * @param target    the document page, relative to the root
     * @param publicUrl the document's public address, for the canonical link
     */
    public record Redirect(String title, String target, String publicUrl) {}
}
