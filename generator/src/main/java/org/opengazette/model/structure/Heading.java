package org.opengazette.model.structure;

/**
 * A heading of the body.
 *
 * @param id       its anchor, unique in the body: the numbers of the divisions it belongs to and its
 *                 own ({@code 第二章第一节}), or its text without spaces for another heading
 * @param division what it divides
 * @param text     its text ({@code 第二章 法律})
 * @param level    its Markdown level (1 for {@code #} … 6)
 */
public record Heading(String id, Division division, String text, int level) implements Block {}
