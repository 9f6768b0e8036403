package org.opengazette.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the two numbers of a Chinese periodical's 刊号: the ISSN (ISO 3297: four digits, a
 * hyphen, three digits and a check digit 0–9 or X, weighted 8…2 modulo 11) and the CN number
 * (国内统一连续出版物号, GB/T 9999.1: a two-digit region code, a hyphen, a four-digit serial,
 * and a slash before the 中图法 class, e.g. 53-1234/D). Either may be written with or without its
 * prefix ("ISSN 0317-8471", "CN 53-1234/D"); the normalized form has none.
 */
final class SerialNumbers {
    private static final Pattern ISSN = Pattern.compile("(?:ISSN\\s*)?(\\d{4})-(\\d{3}[\\dX])");
    private static final Pattern CN = Pattern.compile("(?:CN\\s*)?(\\d{2}-\\d{4}/[A-Z][A-Z0-9.]*)");

    private SerialNumbers() {}

    /** The ISSN without prefix, upper case, when its form and check digit are right. */
    static Optional<String> issn(String written) {
        Matcher matcher = ISSN.matcher(written.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1) + matcher.group(2);
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(7) == expected ? Optional.of(matcher.group(1) + "-" + matcher.group(2)) : Optional.empty();
    }

    /** The CN number without prefix when its form is right. */
    static Optional<String> cn(String written) {
        Matcher matcher = CN.matcher(written.strip().toUpperCase(Locale.ROOT));
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
