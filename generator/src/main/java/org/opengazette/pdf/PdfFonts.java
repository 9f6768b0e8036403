package org.opengazette.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bytes of the embedded font files, read from the classpath once per JVM (about 20 MB), and
 * their fingerprint (part of every PDF's cache key). A parsed {@link TrueTypeFont} is not
 * thread-safe: each rendering thread parses its own with {@link #parse(FontFace)}; the bytes are
 * shared, never copied.
 */
public final class PdfFonts {
    /** fontbox warns "Format 14 cmap table is not supported" on every parse; kept strongly referenced. */
    private static final Logger FONTBOX_LOG = Logger.getLogger("org.apache.fontbox");
    private static volatile PdfFonts shared;

    private final Map<FontFace, byte[]> files;
    private final String fingerprint;

    private PdfFonts(Map<FontFace, byte[]> files, String fingerprint) {
        this.files = files;
        this.fingerprint = fingerprint;
    }

    /** The fonts of this JVM, read on first use. */
    public static PdfFonts shared() {
        PdfFonts fonts = shared;
        if (fonts == null) {
            synchronized (PdfFonts.class) {
                fonts = shared;
                if (fonts == null) {
                    fonts = load();
                    shared = fonts;
                }
            }
        }
        return fonts;
    }

    private static PdfFonts load() {
        FONTBOX_LOG.setLevel(Level.SEVERE);
        Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
        MessageDigest digest = sha256();
        for (FontFace face : FontFace.values()) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.resource() + " is not on the classpath "
                            + "(com.helger.font:ph-fonts-noto-sans-sc)");
                }
                byte[] bytes = in.readAllBytes();
                files.put(face, bytes);
                digest.update(face.resource().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + face.resource(), e);
            }
        }
        return new PdfFonts(files, HexFormat.of().formatHex(digest.digest()));
    }

    /** A new parsed font over the shared bytes, for one thread. */
    public TrueTypeFont parse(FontFace face) {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(files.get(face)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the font " + face.resource(), e);
        }
    }

    /** The SHA-256 of every font file, hex. */
    public String fingerprint() {
        return fingerprint;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
