package org.opengazette.commencement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a text's own 施行条款 in its body. A clause is "本X自〈day or event〉起施行" (also 实施,
 * 生效, 执行, 试行; 起 may be missing; a day in Arabic, full-width or Chinese digits; an event
 * as 自公布之日起, optionally with N日后); it is the text's own when X is the word its title
 * ends with (本条例 in a 条例, 本解释 in a …的解释, 本修正案 in a 修正案（五）), so "《某法》自…起施行"
 * and the 本决定 of an amending decision printed inside a 条例 are not taken for it. The last
 * such clause counts (partial commencements come before it).
 */
public final class CommencementClauses {
    private static final String NUMBER = "[0-9〇零○一二三四五六七八九十百]+";
    private static final Pattern CLAUSE = Pattern.compile("本(\\p{IsHan}{1,8}?)自\\s*(?:"
            + "(" + NUMBER + ")\\s*年\\s*(" + NUMBER + ")\\s*月\\s*(" + NUMBER + ")\\s*日(?:\\s*(?:零时|" + NUMBER + "时))?"
            + "|(\\p{IsHan}{1,10}?)之日)"
            + "\\s*起?\\s*(?:(" + NUMBER + ")\\s*日后)?\\s*(?:施行|实施|生效|执行|试行)");
    /** A closing qualifier of a title: （试行）, （修订）, （五）. */
    private static final Pattern TITLE_QUALIFIER = Pattern.compile("[（(][^（）()]*[）)]\\s*$");

    private CommencementClauses() {}

    /** The text's own clause, if its body has one. */
    public static Optional<CommencementClause> find(String title, String body) {
        if (title == null || body == null) {
            return Optional.empty();
        }
        String noun = TITLE_QUALIFIER.matcher(title.strip()).replaceFirst("").strip();
        String text = halfWidthDigits(body);
        CommencementClause found = null;
        Matcher matcher = CLAUSE.matcher(text);
        int line = 1;
        int counted = 0;
        while (matcher.find()) {
            if (!noun.endsWith(matcher.group(1))) {
                continue;
            }
            line += newlines(text, counted, matcher.start());
            counted = matcher.start();
            String clause = matcher.group();
            int daysAfter = matcher.group(6) == null ? 0 : number(matcher.group(6));
            if (matcher.group(2) != null) {
                LocalDate date = date(matcher.group(2), matcher.group(3), matcher.group(4));
                if (date != null) {
                    found = new CommencementClause(clause, line, date, null, 0);
                }
            } else {
                found = new CommencementClause(clause, line, null, matcher.group(5), daysAfter);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Full-width digits and the ideographic space as ASCII, character for character. */
    private static String halfWidthDigits(String body) {
        char[] chars = body.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '０' && chars[i] <= '９') {
                chars[i] = (char) ('0' + chars[i] - '０');
            } else if (chars[i] == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** The line breaks in {@code text[from, to)}: the clauses' lines are counted on from one to the next. */
    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(year(year), number(month), number(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** 2024, or 二〇二四 read digit by digit. */
    private static int year(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(digit(c));
        }
        return Integer.parseInt(digits.toString());
    }

    /** 9, 30, 九, 十, 十一, 二十, 三十一, 一百二十. */
    static int number(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        int total = 0;
        int current = 0;
        for (char c : text.toCharArray()) {
            if (c == '百' || c == '十') {
                total += Math.max(current, 1) * (c == '百' ? 100 : 10);
                current = 0;
            } else {
                current = digit(c);
            }
        }
        return total + current;
    }

    private static int digit(char c) {
        int index = "〇一二三四五六七八九".indexOf(c);
        if (index >= 0) {
            return index;
        }
        if (c == '零' || c == '○') {
            return 0;
        }
        throw new NumberFormatException(String.valueOf(c));
    }
}
