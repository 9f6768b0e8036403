package org.opengazette.render;

import java.util.List;

/**
 * An entry of a document's 目录: a heading with the articles under it, or an article.
 *
 * @param id       the anchor it links to
 * @param text     the heading's text or the article's label
 * @param range    the first and last article under a heading ({@code 第一条—第九条}), or null
 * @param children the headings under it
 */
public record ContentsEntry(String id, String text, String range, List<ContentsEntry> children) {}
