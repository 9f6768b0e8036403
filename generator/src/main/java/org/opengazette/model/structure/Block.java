package org.opengazette.model.structure;

/** One unit of a body's structure, in reading order. */
public sealed interface Block permits Heading, Article, Passage {}
