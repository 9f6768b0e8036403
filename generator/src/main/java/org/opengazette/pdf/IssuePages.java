package org.opengazette.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Where each document of a whole-issue PDF starts, read back from the PDF itself: the print
 * template's outline has the contents, then one entry per section holding one entry per document
 * (see {@code pdf-issue.ftlh}), and each document entry opens the page the document starts on.
 * Read from the bytes, so a PDF from the cache gives the same pages as a new one.
 */
final class IssuePages {
    private IssuePages() {}

    /** The page (from 1) of each document, in the issue's order. */
    static List<Integer> starts(byte[] issuePdf) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(issuePdf)) {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            List<Integer> starts = new ArrayList<>();
            if (outline == null) {
                return starts;
            }
            for (PDOutlineItem section : outline.children()) {
                for (PDOutlineItem document : section.children()) {
                    PDPage page = document.findDestinationPage(pdf);
                    if (page == null) {
                        throw new IOException("the outline entry " + document.getTitle() + " opens no page");
                    }
                    starts.add(pdf.getPages().indexOf(page) + 1);
                }
            }
            return List.copyOf(starts);
        }
    }
}
