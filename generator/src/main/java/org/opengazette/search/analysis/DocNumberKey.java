package org.opengazette.search.analysis;

import java.util.regex.Pattern;

/**
 * The exact key of a 发文字号: mapped ({@link TextNormalizer}), without spaces or quotes, the year
 * in 〔 〕 whatever brackets were typed. {@code 云政办发[2020] 33号} and {@code 云政办发〔2020〕33号}
 * have the same key. Indexed for every version, computed for every query ({@code docNumberKey} in
 * {@code search-analysis.js}).
 */
public final class DocNumberKey {
    private static final Pattern YEAR_BRACKETS = Pattern.compile("[\\[(【〔]((?:1[89]|20)[0-9]{2})[\\])】〕]");
    private static final String IGNORED_IN_KEY = " \t\n\r\f\u000B\u00A0\"“”「」『』";

    private DocNumberKey() {}

    /** The key of {@code docNumber}. */
    public static String of(String docNumber) {
        String mapped = TextNormalizer.mapAll(docNumber);
        StringBuilder kept = new StringBuilder(mapped.length());
        for (int i = 0; i < mapped.length(); i++) {
            char c = mapped.charAt(i);
            if (IGNORED_IN_KEY.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return YEAR_BRACKETS.matcher(kept).replaceAll("〔$1〕");
    }
}
