package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Looks at a page as a reader would: page 1 rendered by PDFBox at 144 dpi (2 px = 1 pt), saved as
 * {@code target/pdf-tests/visual/*.png} for a person to look at, and checked for real glyphs in
 * the title's place: ink where the title is (not blank), none in the top margin (the check can
 * tell the two apart), and more strokes along a line than boxes or # could make.
 */
class PdfVisualTest {
    /** Pixels per point. A4 is 595 pt wide; the type area starts 37 mm (105 pt) from the top and spans 28 mm to 184 mm. */
    private static final int SCALE = 2;

    private static final int LEFT = 80 * SCALE;
    private static final int RIGHT = 520 * SCALE;

    @Test
    void titleIsDrawnInInkOnPageOne() throws IOException {
        PdfFixture.Built fixture = PdfFixture.get();
        try (PDDocument pdf = PdfText.load(fixture.pdf(PdfFixture.REGULATION))) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72 * SCALE, ImageType.GRAY);
            Path png = PdfFixture.WORK.resolve("visual").resolve(PdfFixture.REGULATION + "-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());

            assertEquals(595 * SCALE, page.getWidth(), "A4 width");
            double margin = ink(page, 20 * SCALE, 100 * SCALE);
            double title = ink(page, 105 * SCALE, 145 * SCALE);
            assertEquals(0.0, margin, "the top margin is blank: " + png);
            assertTrue(title > 0.03, "the title band has ink (" + title + "): " + png);
            // An empty box, or the # openhtmltopdf draws for a missing glyph, crosses any line at
            // most twice; Chinese characters cross some line more often (44 here at 144 dpi).
            int characters = pdf.getDocumentInformation().getTitle().length();
            int strokes = maxTransitions(page, 105 * SCALE, 145 * SCALE);
            assertTrue(strokes > 2 * characters, "strokes across the title: " + strokes + ": " + png);
        }
    }

    /** The share of dark pixels between two rows, across the type area. */
    private static double ink(BufferedImage page, int top, int bottom) {
        long dark = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = LEFT; x < RIGHT; x++) {
                if (dark(page, x, y)) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) (bottom - top) * (RIGHT - LEFT));
    }

    /** The most light-to-dark changes along any one row between two rows. */
    private static int maxTransitions(BufferedImage page, int top, int bottom) {
        int most = 0;
        for (int y = top; y < bottom; y++) {
            int changes = 0;
            for (int x = LEFT + 1; x < RIGHT; x++) {
                if (dark(page, x, y) && !dark(page, x - 1, y)) {
                    changes++;
                }
            }
            most = Math.max(most, changes);
        }
        return most;
    }

    private static boolean dark(BufferedImage page, int x, int y) {
        return (page.getRGB(x, y) & 0xFF) < 128;
    }
}
