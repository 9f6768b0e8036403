package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** GB/T 9704 positions, read from the PDF's text positions: 主送机关 顶格, 落款 右空四字, title lines. */
class PdfLayoutTest {
    private static final float MM = 72f / 25.4f;
    /** 16 pt body: one character. */
    private static final float EM = 16f;

    private static final float TOLERANCE = 0.5f;

    private final PdfFixture.Built fixture = PdfFixture.get();

    @Test
    void theAddresseeStartsAtTheBodysLeftEdgeAndParagraphsAreIndentedTwoCharacters() throws IOException {
        List<Line> lines = lines(PdfFixture.NOTICE, 1);
        Line addressee = find(lines, "各省、自治区、直辖市劳动和社会保障厅（局）：");
        Line paragraph = find(lines, "根据《全国年节及纪念日放假办法》");
        float left = 28 * MM; // page 1 is a right-hand page: the binding side is on the left
        assertEquals(left, addressee.x(), TOLERANCE, "主送机关 顶格");
        assertEquals(left + 2 * EM, paragraph.x(), TOLERANCE, "a paragraph indents two characters");
    }

    @Test
    void theDateEndsFourCharactersFromTheRightMarginAndTheIssuerIsCentredAboveIt() throws IOException {
        // The 最高人民法院、最高人民检察院 interpretation: two issuers above the date, on its last page.
        try (PDDocument pdf = PdfText.load(fixture.pdf(PdfFixture.INTERPRETATION))) {
            int last = pdf.getNumberOfPages();
            List<Line> lines = lines(PdfFixture.INTERPRETATION, last);
            float width = pdf.getPage(last - 1).getMediaBox().getWidth();
            float right = width - (last % 2 == 1 ? 26 : 28) * MM;
            Line date = find(lines, "2003年8月15日");
            assertEquals(right - 4 * EM, date.end(), TOLERANCE, "成文日期 右空四字");
            for (String issuer : List.of("最高人民法院", "最高人民检察院")) {
                Line line = lines.stream()
                        .filter(l -> l.text().equals(issuer))
                        .findFirst()
                        .orElseThrow();
                assertEquals(
                        (date.x() + date.end()) / 2,
                        (line.x() + line.end()) / 2,
                        TOLERANCE,
                        issuer + " centred on the date");
            }
        }
    }

    /** The title's lines are those of {@link TitleLines}, centred, each on its own line of the page. */
    @Test
    void theTitleBreaksBetweenWords() throws IOException {
        List<Line> lines = lines(PdfFixture.INTERPRETATION, 1);
        List<String> title = lines.stream().limit(3).map(Line::text).toList();
        assertEquals(List.of("最高人民法院、最高人民检察院", "关于执行《中华人民共和国刑法》", "确定罪名的补充规定（二）"), title);
    }

    private List<Line> lines(String id, int page) throws IOException {
        try (PDDocument pdf = PdfText.load(fixture.pdf(id))) {
            List<Line> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    // The running line (8 pt) and the page number are not the text.
                    if (first.getFontSizeInPt() >= 12 && !text.matches(PdfText.PAGE_NUMBER)) {
                        lines.add(
                                new Line(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()));
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            return lines;
        }
    }

    private static Line find(List<Line> lines, String start) {
        return lines.stream()
                .filter(l -> l.text().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError(start + " not in " + lines));
    }

    private record Line(String text, float x, float end) {}
}
