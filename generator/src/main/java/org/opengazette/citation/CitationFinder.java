package org.opengazette.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references in plain text. A 发文字号 is an issuer code in Chinese characters, a year in
 * brackets (〔2020〕, or the look-alikes [2020] (2020) （2020） 【2020】) and a number with 号; or an
 * order such as 国务院令第644号. A bracketed year without the trailing 号 is not a reference. A
 * title is the text between 《 and 》.
 */
public final class CitationFinder {
    /** The part of a 发文字号 after the issuer code: a bracketed year and a number with 号. */
    private static final Pattern NUMBER_TAIL =
            Pattern.compile("[〔\\[(（【［]\\s?(?:19|20)\\d{2}\\s?[〕\\])）】］]\\s?第?\\s?\\d{1,5}\\s?号");
    /** The part of an order number after the issuing body: 令第…号. */
    private static final Pattern ORDER_TAIL = Pattern.compile("令\\s?第\\s?\\d{1,5}\\s?号");

    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,120})》");
    private static final int MAX_CODE = 16;
    private static final int MAX_ORDER_BODY = 20;

    private CitationFinder() {}

    /** Every reference in the text, in order of position, none overlapping. */
    public static List<Citation> find(String text) {
        List<Citation> found = new ArrayList<>();
        collectNumbers(text, NUMBER_TAIL.matcher(text), true, MAX_CODE, found);
        collectNumbers(text, ORDER_TAIL.matcher(text), false, MAX_ORDER_BODY, found);
        Matcher title = TITLE.matcher(text);
        while (title.find()) {
            found.add(new Citation(Citation.Kind.TITLE, title.group(1), title.start(), title.end()));
        }
        found.sort(Comparator.comparingInt(Citation::start).thenComparing(c -> -c.end()));
        List<Citation> disjoint = new ArrayList<>();
        int covered = 0;
        for (Citation citation : found) {
            if (citation.start() < covered && citation.kind() == Citation.Kind.DOC_NUMBER && citation.end() > covered) {
                citation = trimmed(citation, covered);
            }
            if (citation != null && citation.start() >= covered) {
                disjoint.add(citation);
                covered = citation.end();
            }
        }
        return disjoint;
    }

    /**
     * A number whose leading characters belong to the reference before it ("…8号和国务院令第644号"):
     * the same number starting where the earlier one ends, if a Chinese character remains before
     * its tail.
     */
    private static Citation trimmed(Citation citation, int from) {
        String rest = citation.text().substring(from - citation.start());
        boolean stillNumber = !rest.isEmpty()
                && isHan(rest.codePointAt(0))
                && (NUMBER_TAIL.matcher(rest).find() || ORDER_TAIL.matcher(rest).find());
        return stillNumber ? new Citation(citation.kind(), rest, from, citation.end()) : null;
    }

    /**
     * Finds each tail with a fast anchored pattern, then takes the Chinese characters before it
     * (one at least, {@code maxPrefix} at most) as the issuer; a number may have one space
     * between the issuer code and the bracket. Scanning backwards from each tail keeps the search
     * linear in the length of the text.
     */
    private static void collectNumbers(
            String text, Matcher tail, boolean spaceBeforeTail, int maxPrefix, List<Citation> found) {
        while (tail.find()) {
            int start = tail.start();
            if (spaceBeforeTail && start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            int count = 0;
            while (start > 0 && count < maxPrefix && isHan(text.codePointBefore(start))) {
                start -= Character.charCount(text.codePointBefore(start));
                count++;
            }
            if (count > 0) {
                found.add(new Citation(Citation.Kind.DOC_NUMBER, text.substring(start, tail.end()), start, tail.end()));
            }
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
