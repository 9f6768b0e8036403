package org.opengazette.render;

/**
 * The status banner above a document that is not simply in force: a historical version, a
 * repealed, expired or not yet effective document.
 *
 * @param status the status key (used as a CSS class)
 * @param text   the sentence to show
 * @param link   where to go instead (the applying version, the repealing document), or null
 */
public record Banner(String status, String text, Link link) {}
