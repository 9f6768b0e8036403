package org.opengazette.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bytes of the embedded font files, read from the classpath once per JVM (about 20 MB), and
 * their fingerprint (part of every PDF's cache key, taken over the files as shipped). A parsed {@link TrueTypeFont} is not
 * thread-safe: each rendering thread parses its own with {@link #parse(FontFace)}; the bytes are
 * shared, never copied.
 */
public final class PdfFonts {
    private static final int CMAP_TAG = 0x636D6170;
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
        Map<FontFace, byte[]> files = new EnumMap<>(FontFace.class);
        MessageDigest digest = sha256();
        for (FontFace face : FontFace.values()) {
            try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(face.resource())) {
                if (in == null) {
                    throw new IllegalStateException("font " + face.resource() + " is not on the classpath "
                            + "(com.helger.font:ph-fonts-noto-sans-sc)");
                }
                byte[] bytes = in.readAllBytes();
                digest.update(face.resource().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(bytes);
                files.put(face, withoutVariationSequences(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + face.resource(), e);
            }
        }
        return new PdfFonts(files, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The font with its cmap subtable of format 14 (Unicode variation sequences) unlisted. fontbox
     * ignores that format but warns about it on every parse, through whatever logging the host
     * has (Maven prints it as a warning); no text of a gazette uses variation selectors. Only the
     * cmap's list of subtables changes; everything else keeps its bytes and offsets.
     */
    static byte[] withoutVariationSequences(byte[] font) {
        ByteBuffer data = ByteBuffer.wrap(font.clone());
        int tables = data.getShort(4) & 0xFFFF;
        for (int table = 0; table < tables; table++) {
            int record = 12 + 16 * table;
            if (data.getInt(record) != CMAP_TAG) {
                continue;
            }
            int cmap = data.getInt(record + 8);
            int subtables = data.getShort(cmap + 2) & 0xFFFF;
            for (int i = 0; i < subtables; i++) {
                int entry = cmap + 4 + 8 * i;
                if ((data.getShort(cmap + data.getInt(entry + 4)) & 0xFFFF) == 14) {
                    byte[] bytes = data.array();
                    System.arraycopy(bytes, entry + 8, bytes, entry, 8 * (subtables - i - 1));
                    data.putShort(cmap + 2, (short) (subtables - 1));
                    return bytes;
                }
            }
        }
        return font;
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
