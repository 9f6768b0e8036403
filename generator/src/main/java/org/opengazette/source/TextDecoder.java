package org.opengazette.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a file strictly as UTF-8. A UTF-8 byte order mark is accepted and dropped. When the
 * bytes are not UTF-8, {@link #guessEncoding(byte[])} names the encoding they look like, so the
 * editor can be told how to convert the file.
 */
public final class TextDecoder {
    private static final List<String> CANDIDATES = List.of("GB18030", "Big5", "UTF-16");

    private TextDecoder() {
    }

    /** The text of a UTF-8 file without its BOM, or empty when the bytes are not valid UTF-8. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** True when the bytes start with the UTF-8 byte order mark EF BB BF. */
    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * The name of the legacy encoding that decodes these bytes without error ({@code GBK} for
     * GB2312/GBK/GB18030 text, {@code Big5}, {@code UTF-16}), or {@code unknown}.
     */
    public static String guessEncoding(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "UTF-16";
        }
        for (String name : CANDIDATES) {
            if (decodesCleanly(bytes, Charset.forName(name))) {
                return name.equals("GB18030") ? "GBK" : name;
            }
        }
        return "unknown";
    }

    private static boolean decodesCleanly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
