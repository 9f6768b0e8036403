package org.opengazette.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;

/**
 * The cache key of a PDF: the SHA-256 of everything that affects its bytes. The XHTML holds the
 * rendered model and the print template with its stylesheet; the metadata holds the dates; the
 * rest is the renderer: {@link #REVISION} (raised whenever the code that renders or stamps
 * changes, since a stamped PDF's key is made from its layout's), the generator's version, the versions of PDFBox and openhtmltopdf, the producer string and the
 * fonts' fingerprint.
 */
final class PdfCacheKey {
    /** Raise when a change of the rendering code changes PDF bytes for the same XHTML (3: entries hold layouts, stamped after). */
    static final String REVISION = "3";

    private final String renderer;

    /** The part of every key that depends on the renderer, not on the document. */
    PdfCacheKey(String generatorVersion, String fontFingerprint) {
        this.renderer = String.join(
                "\n",
                "opengazette-pdf " + REVISION,
                "generator " + generatorVersion,
                "pdfbox " + org.apache.pdfbox.util.Version.getVersion(),
                "openhtmltopdf " + openhtmltopdfVersion(),
                "producer " + PdfRenderer.PRODUCER,
                "fonts " + fontFingerprint);
    }

    /** The version in openhtmltopdf's Maven metadata (kept in the shaded jar), or "unknown". */
    static String openhtmltopdfVersion() {
        try (InputStream in = PdfRendererBuilder.class.getResourceAsStream(
                "/META-INF/maven/io.github.openhtmltopdf/openhtmltopdf-pdfbox/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    String of(String xhtml, PdfMetadata metadata) {
        MessageDigest digest = PdfFonts.sha256();
        update(digest, renderer);
        update(digest, metadata.title());
        update(digest, metadata.author());
        update(digest, metadata.subject());
        update(digest, metadata.keywords());
        update(digest, Objects.toString(metadata.date(), null));
        update(digest, metadata.language());
        update(digest, xhtml);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Length-prefixed, so that no two different inputs hash the same text. */
    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
        digest.update((value == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
