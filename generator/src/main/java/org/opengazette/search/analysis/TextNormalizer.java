package org.opengazette.search.analysis;

/**
 * The character rules of search analysis, shared by documents and queries (and reproduced in
 * {@code search-analysis.js}): full-width ASCII (U+FF01–FF5E) becomes ASCII, the ideographic space
 * becomes a space, ASCII letters become lower case. After mapping, a code point is a <em>word</em>
 * character ({@code 0-9}, {@code a-z}), a <em>Han</em> character (CJK ideographs, 〇, kana, Hangul),
 * or a separator. The rules are written as explicit ranges so that Java and JavaScript agree
 * whatever their Unicode versions.
 */
public final class TextNormalizer {
    /** A separator: punctuation, spaces, symbols, and every script not listed. */
    public static final int SEPARATOR = 0;
    /** An ASCII letter or digit (after mapping). */
    public static final int WORD = 1;
    /** A character that is indexed as overlapping bigrams. */
    public static final int HAN = 2;

    private TextNormalizer() {}

    /** The mapped code point. */
    public static int map(int codePoint) {
        int c = codePoint;
        if (c >= 0xFF01 && c <= 0xFF5E) {
            c -= 0xFEE0;
        } else if (c == 0x3000) {
            c = ' ';
        }
        if (c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
        }
        return c;
    }

    /**
     * The class of every BMP code point, so that classifying a character is one load rather than a
     * chain of range tests (whose branches, each first taken late in a long text, made the JIT
     * recompile the scanner several times per build).
     */
    private static final byte[] BMP_CLASSES = new byte[0x10000];

    static {
        for (int c = 0; c < BMP_CLASSES.length; c++) {
            BMP_CLASSES[c] = (byte) classByRange(c);
        }
    }

    /** The class of a mapped code point: {@link #SEPARATOR}, {@link #WORD} or {@link #HAN}. */
    public static int classOf(int c) {
        return c < BMP_CLASSES.length ? BMP_CLASSES[c] : classByRange(c);
    }

    /** The rules themselves, as ranges (the BMP part is tabulated once). */
    private static int classByRange(int c) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
            return WORD;
        }
        if ((c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || c == 0x3007
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x323AF)
                || (c >= 0x3041 && c <= 0x30FF)
                || (c >= 0xAC00 && c <= 0xD7A3)) {
            return HAN;
        }
        return SEPARATOR;
    }

    /** Every UTF-16 unit mapped; a surrogate maps to itself, as no code point above U+FFFF is mapped. */
    private static final char[] BMP_MAPPED = new char[0x10000];

    static {
        for (int c = 0; c < BMP_MAPPED.length; c++) {
            BMP_MAPPED[c] = (char) map(c);
        }
    }

    /**
     * Maps {@code text[0, length)} in place, unit by unit (by table); surrogates stay as they are,
     * so the result is what {@link #mapAll(CharSequence)} gives.
     */
    public static void mapInPlace(char[] text, int length) {
        for (int i = 0; i < length; i++) {
            text[i] = BMP_MAPPED[text[i]];
        }
    }

    /** The text with every code point mapped (same length in UTF-16 units). */
    public static String mapAll(CharSequence text) {
        StringBuilder mapped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            mapped.appendCodePoint(map(c));
            i += Character.charCount(c);
        }
        return mapped.toString();
    }
}
