package org.opengazette.model.structure;

/**
 * A paragraph outside any article (a preamble, a notice's text).
 *
 * @param text its plain text
 */
public record Passage(String text) implements Block {}
