package org.opengazette.config;

import java.util.List;

/**
 * 类别: a kind of document.
 *
 * @param key      the key used in front matter, e.g. {@code normative_document}
 * @param label    the Chinese label, e.g. 规范性文件
 * @param rank     效力位阶: lower ranks first
 * @param required front-matter keys required for this kind besides {@code title} and {@code kind}
 */
public record Kind(String key, String label, int rank, List<String> required) {
}
