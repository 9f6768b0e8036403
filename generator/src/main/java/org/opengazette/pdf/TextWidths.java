package org.opengazette.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The advance widths of one face of the PDF fonts, in ems, as the layout sets them (no kerning,
 * no GSUB: see {@link PdfRenderer}). Lets the print model place what CSS cannot: balanced title
 * lines, a 发文机关署名 centred on its 成文日期. Not thread-safe (the parsed font).
 */
final class TextWidths {
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    TextWidths(PdfFonts fonts, FontFace face) {
        this.font = fonts.parse(face);
        try {
            this.cmap = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + face.resource(), e);
        }
    }

    /** The advance of each char of {@code text} in ems; a pair of surrogates counts on its high half. */
    double[] of(String text) {
        double[] widths = new double[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLowSurrogate(text.charAt(i))) {
                widths[i] = em(text.codePointAt(i));
            }
        }
        return widths;
    }

    /** The advance of {@code text} in ems. */
    double width(String text) {
        double sum = 0;
        for (double width : of(text)) {
            sum += width;
        }
        return sum;
    }

    private double em(int codePoint) {
        try {
            return font.getAdvanceWidth(cmap.getGlyphId(codePoint)) / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
