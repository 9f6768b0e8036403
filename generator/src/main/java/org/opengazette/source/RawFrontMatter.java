package org.opengazette.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values read off the front-matter lines of a file that could not be parsed, one line at a
 * time ({@code doc_number: "沪府发〔2019〕12号"}), so that what refers to the file can still be
 * matched with it. Only a value written on its key's own line is found.
 */
public final class RawFrontMatter {
    private RawFrontMatter() {}

    /** The value of a top-level key in the file's front matter, quotes removed; empty when not found. */
    public static Optional<String> value(Path file, String key) {
        String text;
        try {
            text = TextDecoder.decodeUtf8(Files.readAllBytes(file)).orElse("");
        } catch (IOException e) {
            return Optional.empty();
        }
        Pattern line = Pattern.compile("^" + Pattern.quote(key) + "\\s*[:：]\\s*(.+)$");
        boolean opened = false;
        for (String current : text.split("\\R")) {
            if (current.strip().equals("---")) {
                if (opened) {
                    break;
                }
                opened = true;
                continue;
            }
            Matcher matcher = line.matcher(current);
            if (matcher.matches()) {
                String value = unquote(matcher.group(1).strip());
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        char first = value.charAt(0);
        if (first == '"' || first == '\'' || first == '“') {
            int end = value.indexOf(first == '“' ? '”' : first, 1);
            return (end < 0 ? value.substring(1) : value.substring(1, end)).strip();
        }
        int comment = value.indexOf(" #");
        return (comment < 0 ? value : value.substring(0, comment)).strip();
    }
}
