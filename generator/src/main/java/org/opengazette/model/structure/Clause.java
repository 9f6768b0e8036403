package org.opengazette.model.structure;

import java.util.List;

/**
 * A 款: a paragraph of an article, with the 项 and other blocks (lists, tables) that follow it.
 *
 * @param id    its anchor, the article's label and its number ({@code 第十条第二款})
 * @param text  its plain text (the first clause's starts with the article's label)
 * @param items the 项 ({@code （一）…}) and other blocks after it, in order
 */
public record Clause(String id, String text, List<String> items) {}
