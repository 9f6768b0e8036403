package org.opengazette.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out XHTML into PDF bytes with openhtmltopdf: A4, Noto Sans SC embedded as subsets, tagged
 * (PDF/UA) and archival (PDF/A-2u, with the JDK's sRGB profile), no external resource loaded,
 * characters the fonts lack drawn as □, and fixed dates and {@code /ID} ({@link FixedIdentity}).
 *
 * <p>Not thread-safe: a parsed {@link TrueTypeFont} is not. Each rendering thread owns one
 * renderer, which parses the fonts once and keeps openhtmltopdf's font metrics between documents.
 */
final class PdfRenderer implements JobRenderer {
    /** The producer written into every PDF; part of the bytes, hence of the cache key. */
    static final String PRODUCER = "OpenGazette (openhtmltopdf, Apache PDFBox)";

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final Map<FontFace, TrueTypeFont> fonts = new EnumMap<>(FontFace.class);
    private final FSCacheEx<String, FSCacheValue> metrics = new MetricsCache();
    private final PdfStamper stamper;

    PdfRenderer(PdfFonts source) {
        for (FontFace face : FontFace.values()) {
            TrueTypeFont font = source.parse(face);
            // PDFBox would run its Latin GSUB worker (ligatures, with regular expressions compiled
            // per text run) over Chinese text: slow, and of no use to horizontal SC text, whose
            // default glyphs are the cmap's. Off, every glyph maps back to exactly one character.
            font.setEnableGsub(false);
            fonts.put(face, font);
        }
        this.stamper = new PdfStamper(fonts.get(FontFace.REGULAR));
    }

    @Override
    public Rendered render(PdfJob job) throws IOException {
        return render(job.xhtml(), job.metadata(), job.key());
    }

    @Override
    public byte[] stamp(byte[] layout, PdfJob job) throws IOException {
        return stamper.stamp(layout, job.stamp(), job.metadata(), job.key());
    }

    Rendered render(String xhtml, PdfMetadata metadata, String key) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            for (FontFace face : FontFace.values()) {
                builder.useFont(
                        new PDFontSupplier(PDType0Font.load(pdf, fonts.get(face), true)),
                        FontFace.FAMILY,
                        face.weight(),
                        FontStyle.NORMAL,
                        true);
            }
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            builder.withProducer(PRODUCER);
            builder.useReplacementText(GlyphCoverage.MISSING_MARK);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(PrintTemplates.parse(xhtml), "about:blank");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            FixedIdentity.apply(pdf, metadata.date(), key);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return new Rendered(out.toByteArray(), pdf.getNumberOfPages());
        }
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont font : fonts.values()) {
            font.close();
        }
    }

    /** openhtmltopdf's font metrics, kept per renderer (the fonts never change). */
    private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
