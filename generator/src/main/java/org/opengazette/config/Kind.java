package org.opengazette.config;

import java.util.List;

/**
 * 类别: a kind of document.
 *
 * @param key      the key used in front matter, e.g. {@code normative_document}
 * @param label    the Chinese label, e.g. 规范性文件
 * @param rank     效力位阶: lower ranks first
 * @param required front-matter keys required for this kind besides {@code title} and {@code kind}
 * @param report   the row of the annual disclosure report it counts in: {@code rules} (规章),
 *                 {@code normative} (行政规范性文件), or null for neither
 */
public record Kind(String key, String label, int rank, List<String> required, String report) {

    /** The {@code report} value for 规章. */
    public static final String RULES = "rules";
    /** The {@code report} value for 行政规范性文件. */
    public static final String NORMATIVE = "normative";
}
