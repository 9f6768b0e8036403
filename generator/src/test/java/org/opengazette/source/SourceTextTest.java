package org.opengazette.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;

/** Reading a file: its text, or a diagnostic on the line of the first byte that is not UTF-8. */
class SourceTextTest {
    private static final String HEAD = "---\ntitle: x\n";

    @TempDir
    Path folder;

    private final Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));

    @Test
    void readsUtf8WithOrWithoutByteOrderMark() throws IOException {
        String text = HEAD + "kind: law\n---\n第一条 正文。\n";
        assertEquals(Optional.of(text), read(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                Optional.of(text),
                read(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(), diagnostics.sorted());
    }

    @Test
    void gbkTextIsReportedOnTheLineOfItsFirstChineseCharacter() throws IOException {
        byte[] gbk = (HEAD + "kind: law\nissuer: [\"全国人民代表大会\"]\n---\n").getBytes(Charset.forName("GBK"));

        assertTrue(read(gbk).isEmpty());

        Diagnostic reported = onlyDiagnostic();
        assertEquals("not-utf8", reported.code());
        assertEquals(4, reported.position().line());
        assertEquals(1, reported.position().column());
        assertTrue(reported.message().contains("GBK"), reported.message());
        assertTrue(reported.hint().contains("iconv -f GBK -t UTF-8"), reported.hint());
    }

    /** Byte sequences that look like UTF-8 at a glance but are not: overlong, surrogate, out of range, cut short. */
    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "F8888080", "E4B8"})
    void malformedSequencesAreReportedOnTheirOwnLine(String hex) throws IOException {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        byte[] file = bytes(
                HEAD.getBytes(StandardCharsets.UTF_8),
                "kind: ".getBytes(StandardCharsets.UTF_8),
                bad,
                "\n---\n第一条 正文。\n第二条 正文。\n".getBytes(StandardCharsets.UTF_8));

        assertTrue(read(file).isEmpty());

        assertEquals(3, onlyDiagnostic().position().line(), hex);
    }

    private Optional<String> read(byte[] content) throws IOException {
        Path file = folder.resolve("x.md");
        Files.write(file, content);
        return SourceText.read(file, "content/x.md", diagnostics);
    }

    private Diagnostic onlyDiagnostic() {
        List<Diagnostic> reported = diagnostics.sorted();
        assertEquals(1, reported.size(), reported.toString());
        return reported.get(0);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
