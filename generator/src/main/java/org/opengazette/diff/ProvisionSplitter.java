package org.opengazette.diff;

import java.util.ArrayList;
import java.util.List;
import org.opengazette.model.structure.Article;
import org.opengazette.model.structure.Block;
import org.opengazette.model.structure.Heading;
import org.opengazette.model.structure.Passage;
import org.opengazette.model.structure.Structure;
import org.opengazette.model.structure.StructureParser;

/**
 * The provisions of a body, from its {@link Structure} (parsed once, when the version was read):
 * an article with its clauses and items, a heading, or a paragraph before the first article (a
 * preamble, a notice's text).
 */
public final class ProvisionSplitter {
    private ProvisionSplitter() {}

    /** The provisions of a version's structure. */
    public static List<Provision> split(Structure structure) {
        List<Provision> provisions = new ArrayList<>();
        for (Block block : structure.blocks()) {
            if (block instanceof Heading heading) {
                provisions.add(new Provision(Provision.Kind.HEADING, heading.text(), heading.text(), heading.text()));
            } else if (block instanceof Article article) {
                String text = article.text();
                String body = text.substring(article.label().length()).strip();
                provisions.add(new Provision(Provision.Kind.ARTICLE, article.label(), text, body));
            } else if (block instanceof Passage passage) {
                provisions.add(new Provision(Provision.Kind.PARAGRAPH, "", passage.text(), passage.text()));
            }
        }
        return List.copyOf(provisions);
    }

    /** The provisions of a Markdown body. */
    public static List<Provision> split(String markdown) {
        return split(StructureParser.parse(markdown));
    }
}
