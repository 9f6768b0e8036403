package org.opengazette.model.structure;

import java.util.List;
import java.util.Optional;

/**
 * The structure of a body: its headings, articles and other passages in reading order.
 *
 * @param blocks every block, in order
 */
public record Structure(List<Block> blocks) {
    /** The structure of an empty body. */
    public static final Structure EMPTY = new Structure(List.of());

    /** The articles, in order. */
    public List<Article> articles() {
        return blocks.stream()
                .filter(Article.class::isInstance)
                .map(Article.class::cast)
                .toList();
    }

    /** The headings, in order. */
    public List<Heading> headings() {
        return blocks.stream()
                .filter(Heading.class::isInstance)
                .map(Heading.class::cast)
                .toList();
    }

    /**
     * The article a citation names, by its number however either writes it ({@code 第10条} finds
     * {@code 第十条}); the first when a body numbers two alike.
     */
    public Optional<Article> article(String label) {
        String key = ArticleNumber.key(label);
        return blocks.stream()
                .filter(Article.class::isInstance)
                .map(Article.class::cast)
                .filter(article -> article.number().equals(key))
                .findFirst();
    }
}
