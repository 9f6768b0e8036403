package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opengazette.search.export.TermHash;

/** The hash of a term's UTF-8 bytes is the hash of its text ({@code search-engine.js} hashes the text). */
class TermHashTest {
    @Test
    void hashingTheUtf8BytesGivesTheHashOfTheText() {
        int[] alphabet = ("a z 0 9 é ß ǅ 中 国 务 院 〇 ひ カ 한 \uE000 \uF900 \uFFFD \uFFFF 𠀋 𡈽 \uD83D\uDE00")
                .codePoints()
                .filter(c -> c != ' ')
                .toArray();
        Random random = new Random(20261128);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder term = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                term.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String text = term.toString();
            byte[] utf8 = ("xx" + text + "yy").getBytes(StandardCharsets.UTF_8);
            int to = utf8.length - 2;
            assertEquals(TermHash.of(text), TermHash.of(utf8, 2, to), text);
            assertEquals(text.length(), TermHash.utf16Length(utf8, 2, to), text);
        }
    }
}
