package org.opengazette.diagnostic;

/**
 * A front-matter or config key given to a message: {@link Messages} shows it in the site's
 * language, in Chinese as its label with the key in brackets (发布日期（published）), in English
 * as the key. The labels are the {@code field.*} entries of {@code messages_zh.properties}.
 *
 * @param key the key as written in YAML, e.g. {@code published} or {@code repealed.date}
 */
public record FieldName(String key) {}
