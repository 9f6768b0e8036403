package org.opengazette.model.structure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of an article label, however it is written: {@code 第一百零三条}, {@code 第103条} and
 * {@code 第一〇三条} are all 103, {@code 第十条之一} is 10-1. A citation in Chinese numerals finds
 * an article numbered in Arabic digits and the other way round.
 */
public final class ArticleNumber {
    /** Chinese numerals and digits, as article and division numbers are written. */
    public static final String NUMERAL = "[一二三四五六七八九十百千零〇两\\d]+";

    private static final Pattern LABEL = Pattern.compile("第(" + NUMERAL + ")条(?:之(" + NUMERAL + "))?");

    private ArticleNumber() {}

    /** The key of an article label ({@code 10}, {@code 10-1}), or the label itself when it is not one. */
    public static String key(String label) {
        Matcher matcher = LABEL.matcher(label);
        if (!matcher.matches()) {
            return label;
        }
        long number = value(matcher.group(1));
        return matcher.group(2) == null ? Long.toString(number) : number + "-" + value(matcher.group(2));
    }

    /**
     * The value of a number in Chinese numerals ({@code 一百零三}, {@code 十二}, {@code 一〇三}) or
     * digits; -1 when it is too long to be one.
     */
    public static long value(String numeral) {
        if (numeral.length() > 12) {
            return -1;
        }
        if (numeral.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(numeral);
        }
        if (numeral.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            long positional = 0;
            for (char c : numeral.toCharArray()) {
                positional = positional * 10 + digit(c);
            }
            return positional;
        }
        long total = 0;
        long digit = 0;
        for (char c : numeral.toCharArray()) {
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (unit == 0) {
                digit = digit(c);
            } else {
                total += (digit == 0 && unit == 10 ? 1 : digit) * unit;
                digit = 0;
            }
        }
        return total + digit;
    }

    private static int digit(char c) {
        int index = "零一二三四五六七八九".indexOf(c);
        if (index >= 0) {
            return index;
        }
        if (c == '〇') {
            return 0;
        }
        if (c == '两') {
            return 2;
        }
        return Character.isDigit(c) ? Character.digit(c, 10) : 0;
    }
}
