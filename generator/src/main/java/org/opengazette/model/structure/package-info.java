/**
 * The structure of a document body, parsed once from its Markdown when a version is read: 编, 分编,
 * 章 and 节 headings, 条 (articles) with their 款 (clauses) and 项 (items), and the passages outside
 * any article. {@link org.opengazette.model.structure.StructureBuilder} holds the rules, so the
 * Markdown reading ({@link org.opengazette.model.structure.StructureParser}) and the anchoring of
 * the rendered HTML give every block the same id: an article's is its label as written
 * ({@code 第十条}, {@code 第十条之一}, {@code 第10条}), a clause's the article's with 第N款.
 */
package org.opengazette.model.structure;
