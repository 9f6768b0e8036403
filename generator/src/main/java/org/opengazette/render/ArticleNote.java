package org.opengazette.render;

/**
 * A change in the history of one article of a version: 本条于2023年3月13日修改, linking to the
 * article's row in the comparison that made it.
 *
 * @param article the article's label in the version shown ({@code 第十条}), as its anchor
 * @param text    what happened and when
 * @param url     the comparison page with the row's id as fragment
 */
public record ArticleNote(String article, String text, String url) {}
