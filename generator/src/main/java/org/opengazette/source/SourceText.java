package org.opengazette.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;

/** Reads an input file as UTF-8 text, reporting unreadable and non-UTF-8 files. */
public final class SourceText {
    private SourceText() {}

    /**
     * The text of {@code file} (BOM dropped), or empty after reporting why it cannot be read.
     *
     * @param display the file's name as diagnostics show it
     */
    public static Optional<String> read(Path file, String display, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.report(Problem.FILE_UNREADABLE, SourcePosition.of(display), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
        Optional<String> text = TextDecoder.decodeUtf8(bytes);
        if (text.isEmpty()) {
            int line = firstBadLine(bytes);
            diagnostics.report(Problem.NOT_UTF8, SourcePosition.of(display, line), TextDecoder.guessEncoding(bytes));
        }
        return text;
    }

    /** The line of the first byte sequence that is not UTF-8, so the editor sees where. */
    private static int firstBadLine(byte[] bytes) {
        int bad = TextDecoder.firstMalformedByte(bytes);
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
