package org.opengazette.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a {@link PdfStamp} on every page of a laid-out PDF: the running line centred in the top
 * margin (8 pt, made smaller when a long address would not fit the type area), the watermark in
 * light grey across the page's diagonal, under the text. Both are tagged as pagination artifacts
 * (PDF/UA), their font is the body face embedded as a subset (PDF/A), and the bytes stay a
 * function of the layout and the stamp ({@link FixedIdentity}). Not thread-safe (the font).
 */
final class PdfStamper {
    private static final float MM = 72f / 25.4f;
    /** Where the running line's first baseline is, below the top edge: inside GB/T 9704's 37 mm margin. */
    private static final float LINE_TOP = 17 * MM;

    private static final float LINE_SIZE = 8f;
    private static final float LINE_LEADING = 11f;
    private static final float LINE_GREY = 0.25f;
    private static final float TYPE_AREA_WIDTH = 156 * MM;
    private static final float WATERMARK_SIZE = 72f;
    private static final float WATERMARK_GREY = 0.85f;

    private final TrueTypeFont font;

    /** @param font the body face, parsed for this thread */
    PdfStamper(TrueTypeFont font) {
        this.font = font;
    }

    /** The stamped PDF; {@code layoutKey} and the stamp together give its {@code /ID}. */
    byte[] stamp(byte[] layout, PdfStamp stamp, PdfMetadata metadata, String layoutKey) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(layout)) {
            PDType0Font type0 = PDType0Font.load(pdf, font, true);
            for (PDPage page : pdf.getPages()) {
                if (stamp.watermark() != null) {
                    watermark(pdf, page, type0, stamp.watermark());
                }
                runningLine(pdf, page, type0, stamp);
            }
            FixedIdentity.apply(pdf, metadata.date(), key(layoutKey, stamp));
            ByteArrayOutputStream out = new ByteArrayOutputStream(layout.length + 16 * 1024);
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static void watermark(PDDocument pdf, PDPage page, PDType0Font font, String text) throws IOException {
        PDRectangle box = page.getMediaBox();
        double angle = Math.atan2(box.getHeight(), box.getWidth());
        float width = font.getStringWidth(text) / 1000 * WATERMARK_SIZE;
        float height = WATERMARK_SIZE * 0.7f;
        float centreX = box.getLowerLeftX() + box.getWidth() / 2;
        float centreY = box.getLowerLeftY() + box.getHeight() / 2;
        float x = (float) (centreX - Math.cos(angle) * width / 2 + Math.sin(angle) * height / 2);
        float y = (float) (centreY - Math.sin(angle) * width / 2 - Math.cos(angle) * height / 2);
        // Under the page's content, so that the text stays black where they cross.
        try (PDPageContentStream content =
                new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.PREPEND, true)) {
            content.saveGraphicsState();
            content.beginMarkedContent(COSName.ARTIFACT, artifact("Watermark"));
            content.setNonStrokingColor(WATERMARK_GREY, WATERMARK_GREY, WATERMARK_GREY);
            content.beginText();
            content.setFont(font, WATERMARK_SIZE);
            content.setTextMatrix(Matrix.getRotateInstance(angle, x, y));
            content.showText(text);
            content.endText();
            content.endMarkedContent();
            content.restoreGraphicsState();
        }
    }

    private static void runningLine(PDDocument pdf, PDPage page, PDType0Font font, PdfStamp stamp) throws IOException {
        PDRectangle box = page.getMediaBox();
        float size = LINE_SIZE;
        for (String line : stamp.lines()) {
            size = Math.min(size, TYPE_AREA_WIDTH * 1000 / font.getStringWidth(line));
        }
        try (PDPageContentStream content =
                new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.beginMarkedContent(COSName.ARTIFACT, artifact("Header"));
            content.setNonStrokingColor(LINE_GREY, LINE_GREY, LINE_GREY);
            float baseline = box.getUpperRightY() - LINE_TOP;
            for (String line : stamp.lines()) {
                float width = font.getStringWidth(line) / 1000 * size;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2, baseline);
                content.showText(line);
                content.endText();
                baseline -= LINE_LEADING * size / LINE_SIZE;
            }
            content.endMarkedContent();
        }
    }

    /** {@code /Artifact <</Type /Pagination /Subtype /…>>}: not part of the text's structure. */
    private static PDPropertyList artifact(String subtype) {
        COSDictionary properties = new COSDictionary();
        properties.setName(COSName.TYPE, "Pagination");
        properties.setName(COSName.SUBTYPE, subtype);
        return PDPropertyList.create(properties);
    }

    /** The key of a layout stamped with {@code stamp}: the same for the same layout and stamp. */
    static String key(String layoutKey, PdfStamp stamp) {
        MessageDigest digest = PdfFonts.sha256();
        digest.update(layoutKey.getBytes(StandardCharsets.UTF_8));
        for (String line : stamp.lines()) {
            digest.update(("\n" + line).getBytes(StandardCharsets.UTF_8));
        }
        digest.update(("\n" + stamp.watermark()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }
}
