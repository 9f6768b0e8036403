package org.opengazette.model;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 such as {@code 云政办发〔2020〕33号}. The year belongs between the hexagonal brackets
 * 〔 〕; editors often type look-alikes ({@code [2020]}, {@code (2020)}, {@code （2020）},
 * {@code 【2020】}), which this class recognises and corrects.
 */
public final class DocNumber {
    private static final Pattern LOOK_ALIKE_YEAR = Pattern.compile("[\\[(（【［〔]\\s*((?:1[89]|20)\\d{2})\\s*[\\])）】］〕]");
    /** Any four digits in 〔 〕: an implausible year such as 〔2203〕 is still the year, to be checked. */
    private static final Pattern PROPER_YEAR = Pattern.compile("〔(\\d{4})〕");

    private DocNumber() {}

    /** The number with its year in 〔 〕, whatever brackets were typed. */
    public static String normalize(String docNumber) {
        return LOOK_ALIKE_YEAR.matcher(docNumber.strip()).replaceAll("〔$1〕");
    }

    /** The key numbers are looked up by: normalized, without any spaces ("云政办发 〔2020〕 33号" finds 云政办发〔2020〕33号). */
    public static String lookupKey(String docNumber) {
        return normalize(docNumber).replaceAll("\\s", "");
    }

    /** The corrected number when the year is in look-alike brackets, else empty. */
    public static Optional<String> correctedBrackets(String docNumber) {
        String normalized = normalize(docNumber);
        return normalized.equals(docNumber.strip()) ? Optional.empty() : Optional.of(normalized);
    }

    /** The year written in 〔 〕, if any. */
    public static OptionalInt year(String docNumber) {
        Matcher matcher = PROPER_YEAR.matcher(normalize(docNumber));
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
