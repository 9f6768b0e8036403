package org.opengazette.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
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

    private TextDecoder() {}

    /** The text of a UTF-8 file without its BOM, or empty when the bytes are not valid UTF-8. */
    public static Optional<String> decodeUtf8(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** The offset of the first byte that is not part of a valid UTF-8 sequence, or the length when none is. */
    public static int firstMalformedByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** True when the bytes start with the UTF-8 byte order mark EF BB BF. */
    public static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * The name of the legacy encoding these bytes look like ({@code GBK} for GB2312/GBK/GB18030
     * text, {@code Big5}, {@code UTF-16}), or {@code unknown}. Most Big5 text also decodes as GBK,
     * into kana, Greek and private-use characters; so among the encodings that decode the bytes
     * without error, the one giving the fewest characters foreign to a Chinese document wins.
     */
    public static String guessEncoding(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return "UTF-16";
        }
        String best = "unknown";
        long fewestForeign = Long.MAX_VALUE;
        for (String name : CANDIDATES) {
            Optional<String> text = decode(bytes, Charset.forName(name));
            long foreign = text.map(TextDecoder::foreignCharacters).orElse(Long.MAX_VALUE);
            if (foreign < fewestForeign) {
                best = name.equals("GB18030") ? "GBK" : name;
                fewestForeign = foreign;
            }
        }
        return best;
    }

    /** Characters other than Han, Latin, punctuation and line ends: unlikely in a Chinese document. */
    private static long foreignCharacters(String text) {
        return text.codePoints()
                .filter(c -> {
                    if (c == '\n' || c == '\r' || c == '\t') {
                        return false;
                    }
                    Character.UnicodeScript script = Character.UnicodeScript.of(c);
                    boolean usual = script == Character.UnicodeScript.HAN
                            || script == Character.UnicodeScript.LATIN
                            || script == Character.UnicodeScript.COMMON;
                    return !usual || Character.isISOControl(c);
                })
                .count();
    }

    private static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
