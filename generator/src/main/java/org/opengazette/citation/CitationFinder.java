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
    private static final Pattern NUMBER = Pattern.compile(
            "\\p{IsHan}{1,16}\\s?[〔\\[(（【［]\\s?(?:19|20)\\d{2}\\s?[〕\\])）】］]\\s?第?\\s?\\d{1,5}\\s?号");
    private static final Pattern ORDER = Pattern.compile("\\p{IsHan}{1,20}令\\s?第\\s?\\d{1,5}\\s?号");
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,120})》");

    private CitationFinder() {
    }

    /** Every reference in the text, in order of position, none overlapping. */
    public static List<Citation> find(String text) {
        List<Citation> found = new ArrayList<>();
        collect(NUMBER.matcher(text), Citation.Kind.DOC_NUMBER, found, false);
        collect(ORDER.matcher(text), Citation.Kind.DOC_NUMBER, found, false);
        collect(TITLE.matcher(text), Citation.Kind.TITLE, found, true);
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
     * the same number starting where the earlier one ends, if it is still a number.
     */
    private static Citation trimmed(Citation citation, int from) {
        String rest = citation.text().substring(from - citation.start());
        boolean stillNumber = NUMBER.matcher(rest).matches() || ORDER.matcher(rest).matches();
        return stillNumber ? new Citation(citation.kind(), rest, from, citation.end()) : null;
    }

    private static void collect(Matcher matcher, Citation.Kind kind, List<Citation> found, boolean group) {
        while (matcher.find()) {
            String text = group ? matcher.group(1) : matcher.group();
            found.add(new Citation(kind, text, matcher.start(), matcher.end()));
        }
    }
}
