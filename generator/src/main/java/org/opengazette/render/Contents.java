package org.opengazette.render;

import java.util.ArrayList;
import java.util.List;
import org.opengazette.model.structure.Article;
import org.opengazette.model.structure.Block;
import org.opengazette.model.structure.Heading;
import org.opengazette.model.structure.Structure;

/**
 * The 目录 of a body: its headings nested by level, each with the range of articles under it; for
 * a long body without headings, its articles. A short body without structure has none.
 */
final class Contents {
    /** The fewest articles that make a body without headings worth a list of them. */
    static final int ARTICLES_WITHOUT_HEADINGS = 10;

    private Contents() {}

    /** The entries of the 目录 of {@code structure}, empty when it needs none. */
    static List<ContentsEntry> of(Structure structure) {
        List<Heading> headings = structure.headings();
        if (headings.size() >= 2) {
            return headings(structure.blocks(), 0, Integer.MAX_VALUE);
        }
        List<Article> articles = structure.articles();
        if (articles.size() >= ARTICLES_WITHOUT_HEADINGS) {
            return articles.stream()
                    .map(article -> new ContentsEntry(article.id(), article.label(), null, List.of()))
                    .toList();
        }
        return List.of();
    }

    /** The headings of {@code blocks[from, until)} at the shallowest level there, each with those under it. */
    private static List<ContentsEntry> headings(List<Block> blocks, int from, int until) {
        int end = Math.min(until, blocks.size());
        int level = Integer.MAX_VALUE;
        for (int i = from; i < end; i++) {
            if (blocks.get(i) instanceof Heading heading) {
                level = Math.min(level, heading.level());
            }
        }
        List<ContentsEntry> entries = new ArrayList<>();
        for (int i = from; i < end; i++) {
            if (blocks.get(i) instanceof Heading heading && heading.level() == level) {
                int next = i + 1;
                while (next < end && !(blocks.get(next) instanceof Heading h && h.level() <= level)) {
                    next++;
                }
                entries.add(new ContentsEntry(
                        heading.id(),
                        heading.text(),
                        range(blocks.subList(i + 1, next)),
                        headings(blocks, i + 1, next)));
            }
        }
        return entries;
    }

    private static String range(List<Block> blocks) {
        List<Article> articles = blocks.stream()
                .filter(Article.class::isInstance)
                .map(Article.class::cast)
                .toList();
        if (articles.isEmpty()) {
            return null;
        }
        String first = articles.get(0).label();
        String last = articles.get(articles.size() - 1).label();
        return first.equals(last) ? first : first + "—" + last;
    }
}
