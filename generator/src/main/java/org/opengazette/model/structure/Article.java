package org.opengazette.model.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A 条.
 *
 * @param id      its anchor: its label, unless an earlier article of the body has the same one
 *                ({@code 第十条-2} then)
 * @param label   its label as the text writes it ({@code 第十条}, {@code 第十条之一}, {@code 第10条})
 * @param clauses its 款, at least one
 */
public record Article(String id, String label, List<Clause> clauses) implements Block {

    /** The article's plain text, label included, one paragraph (款, 项) a line. */
    public String text() {
        List<String> lines = new ArrayList<>();
        for (Clause clause : clauses) {
            lines.add(clause.text());
            lines.addAll(clause.items());
        }
        return String.join("\n", lines);
    }

    /** The number that identifies the article however it is written (see {@link ArticleNumber}). */
    public String number() {
        return ArticleNumber.key(label);
    }
}
