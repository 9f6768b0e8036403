package org.opengazette.model;

/**
 * A static page of the disclosure platform (政府信息公开指南 …) from {@code content/pages/}.
 *
 * @param slug       the file name without {@code .md}; the page's URL is {@code pages/<slug>/}
 * @param title      标题
 * @param body       the Markdown body
 * @param sourcePath the file, relative to the content directory
 */
public record Page(String slug, String title, String body, String sourcePath) {}
