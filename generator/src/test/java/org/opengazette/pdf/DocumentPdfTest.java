package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.site.Urls;
import org.opengazette.source.FrontMatter;

/** The PDF of each document version of the fixture site, read back with PDFBox. */
class DocumentPdfTest {
    private final PdfFixture.Built fixture = PdfFixture.get();

    /**
     * The text copies out exactly: title, body, 发文机关 and 成文日期 of the document's open data
     * equal PDFTextStripper's text, once whitespace (line breaks from wrapping) and the page
     * numbers are dropped; the one private-use character prints as □.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {PdfFixture.REGULATION, PdfFixture.NOTICE, PdfFixture.INTERPRETATION, PdfFixture.PRIVATE_USE})
    void textCopiesOutAsTheDocumentsText(String id) throws IOException {
        JsonNode version = new ObjectMapper()
                .readTree(fixture.site().resolve("data/docs/" + id + ".json").toFile())
                .get("versions")
                .get(0);
        StringBuilder expected = new StringBuilder();
        if (!version.get("doc_number").isNull()) {
            expected.append(version.get("doc_number").asText());
        }
        expected.append(version.get("title").asText());
        JsonNode caption = version.get("fields").get("history");
        if (caption != null) {
            // 题注, in parentheses under the title
            expected.append('（');
            caption.forEach(entry -> expected.append(entry.asText()));
            expected.append('）');
        }
        expected.append(version.get("text").asText());
        version.get("issuer").forEach(issuer -> expected.append(issuer.asText()));
        LocalDate date = LocalDate.parse(version.get("published").asText());
        expected.append(date.getYear())
                .append('年')
                .append(date.getMonthValue())
                .append('月')
                .append(date.getDayOfMonth())
                .append('日');
        try (PDDocument pdf = PdfText.load(fixture.pdf(id))) {
            assertEquals(PdfText.squeeze(printed(expected.toString())), PdfText.squeeze(PdfText.body(pdf)));
        }
    }

    /** What a reader sees of a text: invisible format characters gone, characters without a glyph as □. */
    private static String printed(String text) {
        return GlyphCoverage.shared().printable(text);
    }

    @Test
    void fontsAreEmbeddedSubsetsOfNotoSansSc() throws IOException {
        try (PDDocument pdf = PdfText.load(fixture.pdf(PdfFixture.REGULATION))) {
            Set<String> names = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    names.add(font.getName());
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a composite (Type 0) font");
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    PDCIDFont descendant = ((PDType0Font) font).getDescendantFont();
                    byte[] program =
                            descendant.getFontDescriptor().getFontFile2().toByteArray();
                    assertTrue(
                            program.length > 1000 && program.length < 500_000,
                            font.getName() + ": a subset, not the 10 MB font: " + program.length + " bytes");
                }
            }
            // The body's two faces, and the subset of Regular that draws the running line.
            assertEquals(3, names.size(), names.toString());
            for (String name : names) {
                assertTrue(name.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)"), "subset tag and face: " + name);
            }
        }
    }

    /** The outline is the title with the body's headings (the 章 of the Markdown, ## lines) under it. */
    @ParameterizedTest
    @ValueSource(strings = {PdfFixture.REGULATION, PdfFixture.NOTICE})
    void outlineHoldsTheTitleAndTheHeadings(String id) throws IOException {
        String source = Files.readString(fixture.source(id), StandardCharsets.UTF_8);
        String body = FrontMatter.split(source).frontMatter().orElseThrow().body();
        List<String> headings = body.lines()
                .filter(line -> line.startsWith("## "))
                .map(line -> line.substring(3).strip())
                .toList();
        assertFalse(headings.isEmpty());
        try (PDDocument pdf = PdfText.load(fixture.pdf(id))) {
            List<PDOutlineItem> roots =
                    children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild(), true);
            assertEquals(1, roots.size());
            String title = pdf.getDocumentInformation().getTitle();
            assertEquals(title, roots.get(0).getTitle());
            List<PDOutlineItem> chapters = children(roots.get(0).getFirstChild(), true);
            assertEquals(
                    headings, chapters.stream().map(PDOutlineItem::getTitle).toList());
            for (PDOutlineItem item : roots) {
                // openhtmltopdf falls back to a "fit height" destination on page 1 when it cannot
                // find a bookmark's element; a found element gives an XYZ destination.
                assertTrue(
                        item.getDestination() instanceof PDPageXYZDestination, item.getTitle() + " opens its element");
            }
            for (PDOutlineItem item : chapters) {
                assertTrue(
                        item.getDestination() instanceof PDPageXYZDestination, item.getTitle() + " opens its element");
            }
        }
    }

    private static List<PDOutlineItem> children(PDOutlineItem first, boolean siblings) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem item = first; item != null; item = siblings ? item.getNextSibling() : null) {
            items.add(item);
        }
        return items;
    }

    /** Title, issuers as author, subject, keywords, dates; tagged (PDF/UA) and PDF/A-2u, Chinese. */
    @Test
    void metadataTaggingAndConformance() throws Exception {
        try (PDDocument pdf = PdfText.load(fixture.pdf(PdfFixture.INTERPRETATION))) {
            var info = pdf.getDocumentInformation();
            assertEquals("最高人民法院、最高人民检察院关于执行《中华人民共和国刑法》确定罪名的补充规定（二）", info.getTitle());
            assertEquals("最高人民法院、最高人民检察院", info.getAuthor());
            assertEquals("司法解释", info.getSubject());
            assertEquals("司法解释", info.getKeywords());
            assertEquals(
                    LocalDate.parse("2003-08-15").atStartOfDay(ZoneOffset.UTC).toInstant(),
                    info.getCreationDate().toInstant());
            assertEquals(
                    info.getCreationDate().toInstant(),
                    info.getModificationDate().toInstant());

            XMPMetadata xmp = new DomXmpParser()
                    .parse(pdf.getDocumentCatalog().getMetadata().exportXMPMetadata());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals(
                    info.getCreationDate().toInstant(),
                    xmp.getXMPBasicSchema().getCreateDate().toInstant());
            assertEquals(info.getTitle(), xmp.getDublinCoreSchema().getTitle());

            var catalog = pdf.getDocumentCatalog();
            assertEquals("zh-CN", catalog.getLanguage());
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged PDF");
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree (PDF/UA)");
            assertEquals(1, catalog.getOutputIntents().size(), "sRGB output intent (PDF/A)");
            assertEquals(
                    2, pdf.getDocument().getTrailer().getCOSArray(COSName.ID).size(), "a fixed /ID");
        }
    }

    /** Each document page links its PDF; the catalogue lists it as pdf_url; the file is there. */
    @Test
    void pagesAndCatalogueLinkEveryPdf() throws IOException {
        JsonNode catalog = new ObjectMapper()
                .readTree(fixture.site().resolve("data/catalog.json").toFile());
        List<JsonNode> versions = StreamSupport.stream(catalog.get("versions").spliterator(), false)
                .toList();
        assertEquals(6, versions.size());
        for (JsonNode version : versions) {
            String id = version.get("id").asText();
            boolean several = id.equals("law-92dbd8e5");
            String key = version.get("version").asText();
            String pdf = several
                    ? "docs/" + id + "/" + key + "/" + id + "-" + key + ".pdf"
                    : "docs/" + id + "/" + id + ".pdf";
            assertEquals(pdf, version.get("pdf_url").asText());
            assertTrue(Files.isRegularFile(fixture.site().resolve(pdf)));
            String folder = several ? "docs/" + id + "/" + key + "/" : "docs/" + id + "/";
            String page = Files.readString(fixture.site().resolve(folder + "index.html"));
            assertTrue(page.contains("href=\"" + Urls.rootFrom(folder) + pdf + "\" type=\"application/pdf\""), pdf);
        }
        String issuePage = Files.readString(fixture.site().resolve("gazette/2020/16/index.html"));
        assertTrue(
                issuePage.contains("href=\"../../../" + PdfFixture.ISSUE_PDF + "\""), "the issue page links its PDF");
    }

    /** U+E493 of the source is reported where it is written and printed as □, not left out. */
    @Test
    void privateUseCharacterIsReportedAndPrintedAsTheMissingMark() throws IOException {
        List<Diagnostic> missing = fixture.result().diagnostics().stream()
                .filter(d -> d.code().equals("pdf-missing-glyph"))
                .toList();
        assertEquals(1, missing.size(), missing.toString());
        Diagnostic diagnostic = missing.get(0);
        assertTrue(diagnostic.position().file().endsWith(PdfFixture.PRIVATE_USE + ".md"), diagnostic.toString());
        List<String> lines = Files.readAllLines(fixture.source(PdfFixture.PRIVATE_USE), StandardCharsets.UTF_8);
        String line = lines.get(diagnostic.position().line() - 1);
        assertEquals(
                0xE493,
                line.codePointAt(
                        line.offsetByCodePoints(0, diagnostic.position().column() - 1)));
        assertTrue(diagnostic.message().contains("U+E493"), diagnostic.message());
        try (PDDocument pdf = PdfText.load(fixture.pdf(PdfFixture.PRIVATE_USE))) {
            assertTrue(PdfText.body(pdf).contains("业务教育的权利和义务。" + GlyphCoverage.MISSING_MARK));
        }
    }
}
