package org.opengazette.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading PDFs back in tests: the text of each page as PDFBox's PDFTextStripper extracts it. */
final class PdfText {
    /** The page number line GB/T 9704 asks for: — 7 —. */
    static final String PAGE_NUMBER = "(?m)^\\s*—\\s*\\d+\\s*—\\s*$";

    private PdfText() {}

    static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    /** The text of every page, in order. */
    static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** The running line of a version's PDF: its date, 时效性 and as-of date; and its address. */
    static final String RUNNING_LINE =
            "(?m)^.*版本 · 时效性：.*（截至.*）\\s*$|^https://gazette\\.example\\.gov\\.cn/docs/\\S*\\s*$";

    /** The whole text without page numbers and running lines. */
    static String body(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll(PAGE_NUMBER, "").replaceAll(RUNNING_LINE, "");
    }

    /** Text without any whitespace (line breaks from wrapping, spaces, U+3000): what "equal modulo whitespace" compares. */
    static String squeeze(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
