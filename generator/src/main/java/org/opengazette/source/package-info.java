/**
 * Reading the content tree: finding files ({@link org.opengazette.source.ContentScanner}),
 * decoding them strictly as UTF-8 ({@link org.opengazette.source.TextDecoder}), splitting front
 * matter from the body while keeping line numbers ({@link org.opengazette.source.FrontMatter}),
 * and reading YAML with the position of every key ({@link org.opengazette.source.YamlReader}).
 */
package org.opengazette.source;
