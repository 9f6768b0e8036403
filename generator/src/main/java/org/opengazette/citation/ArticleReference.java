package org.opengazette.citation;

/**
 * A reference to an article in text: {@code 第十条}, {@code 第十条第二款}, {@code 第十条之一第三项}.
 *
 * @param article the article's label as cited ({@code 第十条})
 * @param clause  the clause as cited ({@code 第二款}), or null
 * @param start   where the reference starts in the text
 * @param end     where it ends, exclusive (after the clause or item)
 */
public record ArticleReference(String article, String clause, int start, int end) {}
