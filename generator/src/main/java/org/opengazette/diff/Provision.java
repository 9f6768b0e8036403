package org.opengazette.diff;

/**
 * A unit of a document body that versions are aligned by.
 *
 * @param kind  an article (条), a heading (章/节), or a paragraph outside any article
 * @param label the article number ({@code 第十二条}) or the heading text; empty for a paragraph
 * @param text  the provision's plain text, label included, paragraphs separated by {@code \n}
 * @param body  the text without the label, which is what makes two provisions the same
 *              (an article that was only renumbered is unchanged)
 */
public record Provision(Kind kind, String label, String text, String body) {

    /** What a provision is. */
    public enum Kind {
        ARTICLE,
        HEADING,
        PARAGRAPH
    }
}
