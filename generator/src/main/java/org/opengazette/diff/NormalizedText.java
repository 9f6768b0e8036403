package org.opengazette.diff;

import java.text.Normalizer;
import java.util.Map;

/**
 * The text two versions are matched on, so that formatting is not a change: whitespace (spaces,
 * the ideographic space, line and paragraph breaks) is left out, and each character is in its
 * Unicode compatibility form (NFKC: {@code （} is {@code (}, {@code ，} is {@code ,}, {@code １} is
 * {@code 1}), with the few punctuation pairs NFKC keeps apart (curly and straight quotes, dashes,
 * middle dots, wave dashes) made one. Two texts with the same normalized form differ only in
 * formatting (仅格式调整).
 */
public final class NormalizedText {
    /** Punctuation NFKC leaves apart that transcriptions of one official text use for each other. */
    private static final Map<Integer, String> PUNCTUATION = Map.ofEntries(
            Map.entry(0x201C, "\""),
            Map.entry(0x201D, "\""),
            Map.entry(0x201E, "\""),
            Map.entry(0x301D, "\""),
            Map.entry(0x301E, "\""),
            Map.entry(0x2018, "'"),
            Map.entry(0x2019, "'"),
            Map.entry(0x201A, "'"),
            Map.entry(0x2010, "-"),
            Map.entry(0x2011, "-"),
            Map.entry(0x2012, "-"),
            Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"),
            Map.entry(0x2015, "-"),
            Map.entry(0x2212, "-"),
            Map.entry(0x2500, "-"),
            Map.entry(0x30FB, "·"),
            Map.entry(0x2027, "·"),
            Map.entry(0x2022, "·"),
            Map.entry(0x301C, "~"));

    /** The keys of the Basic Multilingual Plane's characters, each worked out once: see {@link #key}. */
    private static final String[] BMP_KEYS = new String[Character.MAX_VALUE + 1];

    private NormalizedText() {}

    /** The normalized form of {@code text}: every character's {@link #key}, whitespace left out. */
    public static String of(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        text.codePoints().forEach(c -> normalized.append(key(c)));
        return normalized.toString();
    }

    /** True when the character is formatting only: whitespace, a no-break or zero-width space. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B || c == 0xFEFF;
    }

    /**
     * What one character is matched as: empty for whitespace, else its normalized form. The same
     * character of the Basic Multilingual Plane gives the same instance, so keys compare quickly.
     */
    static String key(int c) {
        if (c > Character.MAX_VALUE) {
            return normalizedKey(c);
        }
        String key = BMP_KEYS[c];
        if (key == null) {
            key = normalizedKey(c);
            BMP_KEYS[c] = key;
        }
        return key;
    }

    private static String normalizedKey(int c) {
        if (isSpace(c)) {
            return "";
        }
        if (c < 0x80) {
            return Character.toString(c);
        }
        String mapped = PUNCTUATION.get(c);
        if (mapped != null) {
            return mapped;
        }
        String normalized = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC);
        return normalized.codePointCount(0, normalized.length()) == 1
                ? PUNCTUATION.getOrDefault(normalized.codePointAt(0), normalized)
                : normalized;
    }
}
