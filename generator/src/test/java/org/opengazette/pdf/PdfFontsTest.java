package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The embedded fonts as the renderer gets them: both faces, parsed without warnings. */
class PdfFontsTest {
    @Test
    void bothFacesParseQuietlyAndMapChineseText() throws IOException {
        Logger fontbox = Logger.getLogger("org.apache.fontbox");
        List<LogRecord> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(entry);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        fontbox.addHandler(handler);
        try {
            for (FontFace face : FontFace.values()) {
                try (TrueTypeFont font = PdfFonts.shared().parse(face)) {
                    assertTrue(font.getName().startsWith("NotoSansSC-"), font.getName());
                    assertTrue(font.getUnicodeCmapLookup().getGlyphId('公') != 0, face + " maps 公");
                    assertTrue(font.getUnicodeCmapLookup().getGlyphId('〔') != 0, face + " maps 〔");
                }
            }
            assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList());
            // The same file as shipped does warn: the check above can fail.
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(FontFace.REGULAR.resource());
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()))) {
                font.getUnicodeCmapLookup();
            }
            assertTrue(
                    warnings.stream().anyMatch(w -> w.getMessage().contains("Format 14")),
                    warnings.stream().map(LogRecord::getMessage).toList().toString());
        } finally {
            fontbox.removeHandler(handler);
        }
        assertEquals(64, PdfFonts.shared().fingerprint().length());
    }
}
