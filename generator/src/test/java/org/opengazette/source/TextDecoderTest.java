package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict UTF-8 with an optional BOM; for anything else, the legacy encoding it looks like. */
class TextDecoderTest {
    private static final String SIMPLIFIED =
            "---\ntitle: \"中华人民共和国国籍法\"\n---\n" + "**第一条** 中华人民共和国国籍的取得、丧失和恢复，都适用本法。\n";
    private static final String TRADITIONAL =
            "---\ntitle: \"中華人民共和國國籍法\"\n---\n" + "**第一條** 中華人民共和國國籍的取得、喪失和恢復，都適用本法。\n";

    @Test
    void decodesUtf8() {
        assertEquals(Optional.of(SIMPLIFIED), TextDecoder.decodeUtf8(SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsTheByteOrderMark() {
        byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_8));

        assertTrue(TextDecoder.hasUtf8Bom(bytes));
        assertEquals(Optional.of(SIMPLIFIED), TextDecoder.decodeUtf8(bytes));
        assertEquals(Optional.of(""), TextDecoder.decodeUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    }

    @Test
    void aByteOrderMarkIsDroppedOnlyOnce() {
        String twice = "\uFEFF\uFEFFtitle: x";
        assertEquals(Optional.of("\uFEFFtitle: x"), TextDecoder.decodeUtf8(twice.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB2312", "GB18030", "Big5", "UTF-16LE", "UTF-16BE"})
    void rejectsLegacyEncodingsOfChineseText(String encoding) {
        assertTrue(TextDecoder.decodeUtf8(SIMPLIFIED.replace("华", "華").getBytes(Charset.forName(encoding)))
                .isEmpty());
    }

    @Test
    void rejectsOverlongAndSurrogateSequences() {
        assertTrue(TextDecoder.decodeUtf8(new byte[] {'a', (byte) 0xC0, (byte) 0xAF})
                .isEmpty());
        assertTrue(TextDecoder.decodeUtf8(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80})
                .isEmpty());
        assertTrue(TextDecoder.decodeUtf8(new byte[] {'a', (byte) 0xE4, (byte) 0xB8})
                .isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB2312", "GB18030"})
    void simplifiedChineseInAGbEncodingLooksLikeGbk(String encoding) {
        assertEquals("GBK", TextDecoder.guessEncoding(SIMPLIFIED.getBytes(Charset.forName(encoding))));
    }

    @Test
    void traditionalChineseInBig5LooksLikeBig5() {
        assertEquals("Big5", TextDecoder.guessEncoding(TRADITIONAL.getBytes(Charset.forName("Big5"))));
    }

    @Test
    void traditionalChineseInGbkStillLooksLikeGbk() {
        assertEquals("GBK", TextDecoder.guessEncoding(TRADITIONAL.getBytes(Charset.forName("GBK"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"})
    void utf16WithOrWithoutAByteOrderMarkLooksLikeUtf16(String encoding) {
        byte[] bytes = SIMPLIFIED.getBytes(Charset.forName(encoding));
        if (!encoding.equals("UTF-16")) {
            assertEquals("UTF-16", TextDecoder.guessEncoding(concat(bom(encoding), bytes)));
        }
        assertEquals("UTF-16", TextDecoder.guessEncoding(bytes));
    }

    @Test
    void bytesNoCandidateDecodesAreUnknown() {
        assertEquals("unknown", TextDecoder.guessEncoding(new byte[] {'a', (byte) 0x80, 'b'}));
    }

    private static byte[] bom(String encoding) {
        return encoding.endsWith("LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
