package org.opengazette.markdown;

import java.util.ArrayList;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.opengazette.model.structure.StructureBuilder;

/**
 * Gives a rendered body the anchors of its structure, with the rules the version's
 * {@link org.opengazette.model.structure.Structure} was read with: each 编/章/节 heading its id,
 * each article a {@code <section class="article" id="第十条">} named by its label (a landmark a
 * screen reader can jump to) holding its paragraphs, each clause (款) the id
 * {@code 第十条第二款}, and a link to the article ({@code <a class="article-link" href="#第十条">})
 * that the stylesheet shows on hover and focus and the page's script copies.
 */
public final class ArticleAnchors {
    private ArticleAnchors() {}

    /** Anchors the top-level blocks of {@code body}, in place. */
    public static void anchor(Element body) {
        StructureBuilder builder = new StructureBuilder();
        Element section = null;
        for (Element block : new ArrayList<>(body.children())) {
            String tag = block.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                block.id(builder.heading(tag.charAt(1) - '0', block.text()).id());
                section = null;
                continue;
            }
            String text = block.text();
            StructureBuilder.Placement placement =
                    tag.equals("p") ? builder.paragraph(text, boldLabel(block)) : builder.other(text);
            if (placement.article() == null) {
                section = null;
                continue;
            }
            if (section == null || placement.article().equals(placement.id())) {
                section = new Element("section")
                        .addClass("article")
                        .id(placement.article())
                        .attr("aria-label", label(text, placement.article()));
                block.before(section);
                section.appendChild(new Element("a")
                        .addClass("article-link")
                        .attr("href", "#" + placement.article())
                        .attr("aria-label", section.attr("aria-label"))
                        .text("#"));
            }
            if (block.previousSibling() instanceof TextNode gap && gap.isBlank() && gap.previousSibling() == section) {
                gap.remove();
            }
            section.appendChild(block);
            if (placement.clause() != null) {
                block.id(placement.clause());
            }
        }
    }

    /** True when the paragraph starts with bold text (its label, if it is an article's). */
    private static boolean boldLabel(Element paragraph) {
        for (Node node : paragraph.childNodes()) {
            if (node instanceof TextNode text && text.isBlank()) {
                continue;
            }
            return node instanceof Element element
                    && (element.normalName().equals("strong")
                            || element.normalName().equals("b"));
        }
        return false;
    }

    /** The article's label as written at the start of its first paragraph's {@code text} (its id may carry a -2). */
    private static String label(String text, String id) {
        int dash = id.lastIndexOf('-');
        String label =
                dash > 0 && id.substring(dash + 1).chars().allMatch(Character::isDigit) ? id.substring(0, dash) : id;
        return text.startsWith(label) ? label : id;
    }
}
