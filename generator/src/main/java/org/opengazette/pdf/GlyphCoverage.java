package org.opengazette.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Which characters the embedded fonts can draw, read from their cmap tables once: a character
 * is covered when every face has a glyph for it. Characters that need no glyph (line ends, tabs,
 * and the invisible format characters such as U+200B, which {@link #printable(String)} removes
 * before layout) are never reported missing; missing ones are printed as □. Immutable and thread-safe.
 *
 * <p>Measured on the developers' corpus (2,902 documents, 3,626 distinct characters): Noto Sans
 * SC covers every character except U+200B (313 times, invisible) and five private-use code
 * points (20 times in 8 files, characters mis-encoded at the source that no font can show).
 * Those are drawn as □ and reported as {@code pdf-missing-glyph} warnings. The corpus has no
 * character beyond the BMP; Noto Sans SC has none either (CJK Ext-B and later would print as □).
 */
public final class GlyphCoverage {
    /** What a PDF shows for a character the fonts lack: the conventional 缺字 mark. */
    public static final String MISSING_MARK = "\u25A1";

    private static volatile GlyphCoverage shared;

    private final BitSet covered;

    private GlyphCoverage(BitSet covered) {
        this.covered = covered;
    }

    /** The coverage of the embedded fonts, computed on first use. */
    public static GlyphCoverage shared() {
        GlyphCoverage coverage = shared;
        if (coverage == null) {
            synchronized (GlyphCoverage.class) {
                coverage = shared;
                if (coverage == null) {
                    coverage = of(PdfFonts.shared());
                    shared = coverage;
                }
            }
        }
        return coverage;
    }

    static GlyphCoverage of(PdfFonts fonts) {
        BitSet all = null;
        for (FontFace face : FontFace.values()) {
            BitSet faceBits = cmap(fonts.parse(face));
            if (all == null) {
                all = faceBits;
            } else {
                all.and(faceBits);
            }
        }
        return new GlyphCoverage(all);
    }

    private static BitSet cmap(TrueTypeFont font) {
        try (font) {
            CmapLookup lookup = font.getUnicodeCmapLookup();
            BitSet bits = new BitSet(Character.MAX_CODE_POINT + 1);
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                if (lookup.getGlyphId(codePoint) != 0) {
                    bits.set(codePoint);
                }
            }
            return bits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cmap of the font", e);
        }
    }

    /** True when the fonts have a glyph for the character. */
    public boolean covers(int codePoint) {
        return covered.get(codePoint);
    }

    /** True when the character is drawn as □ in a PDF: it needs a glyph and the fonts lack one. */
    public boolean isMissing(int codePoint) {
        return !covers(codePoint) && !needsNoGlyph(codePoint);
    }

    /** Every character of the text that the fonts cannot draw, in code point order. */
    public SortedSet<Integer> missing(CharSequence text) {
        SortedSet<Integer> missing = new TreeSet<>();
        text.codePoints().filter(this::isMissing).forEach(missing::add);
        return missing;
    }

    /** Control characters and invisible format characters: laid out without any glyph. */
    public static boolean needsNoGlyph(int codePoint) {
        return Character.isISOControl(codePoint) || isInvisibleFormat(codePoint);
    }

    /**
     * Zero-width and directional format characters (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
     * U+2066–U+2069, U+FEFF): invisible in text, but openhtmltopdf would draw a replacement for them.
     */
    public static boolean isInvisibleFormat(int codePoint) {
        return (codePoint >= 0x200B && codePoint <= 0x200F)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x2064)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0xFEFF;
    }

    /**
     * The text as it goes to layout: without invisible format characters, and with □ for each
     * character the fonts lack (openhtmltopdf would otherwise drop some of them silently).
     */
    public String printable(String text) {
        if (text.codePoints().noneMatch(cp -> isInvisibleFormat(cp) || isMissing(cp))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !isInvisibleFormat(cp))
                .forEach(cp -> out.append(isMissing(cp) ? MISSING_MARK : new String(Character.toChars(cp))));
        return out.toString();
    }
}
