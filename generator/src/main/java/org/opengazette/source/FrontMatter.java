package org.opengazette.source;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body. Line numbers are those of the
 * file: {@link #yamlFirstLine()} is the line after the opening {@code ---}, so a YAML error at
 * YAML line {@code n} is at file line {@code yamlFirstLine() + n - 1}.
 *
 * @param yaml          the text between the two {@code ---} lines
 * @param yamlFirstLine the file line where the YAML text starts (2 for a file starting with {@code ---})
 * @param body          the Markdown after the closing {@code ---}
 * @param bodyFirstLine the file line where the body starts
 */
public record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    /** Why a text could not be split. */
    public enum Failure {
        MISSING,
        UNCLOSED
    }

    /** The outcome of {@link #split(String)}: front matter, or the reason there is none. */
    public record Split(Optional<FrontMatter> frontMatter, Failure failure) {}

    /**
     * Splits a text that must start with a line {@code ---} and contain a second such line.
     * Leading blank lines are allowed; {@code \r\n} and lone {@code \r} line ends are accepted
     * and become {@code \n}, so that lines are counted as editors (and the YAML parser) count them;
     * NEL, LS and PS, which the YAML parser counts as line ends, count as such in line numbers.
     */
    public static Split split(String text) {
        // CR LF first, then a lone CR: "\r\r\n" is two line ends, not one.
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        int pos = 0;
        while (pos < normalized.length()) {
            int end = lineEnd(normalized, pos);
            String current = normalized.substring(pos, end);
            if (!current.isBlank()) {
                break;
            }
            pos = Math.min(normalized.length(), end + 1);
            line += 1 + otherLineEnds(current);
        }
        if (!normalized.startsWith("---", pos)
                || !normalized.substring(pos, lineEnd(normalized, pos)).strip().equals("---")) {
            return new Split(Optional.empty(), Failure.MISSING);
        }
        int yamlStart = Math.min(normalized.length(), lineEnd(normalized, pos) + 1);
        int yamlFirstLine = line + 1 + otherLineEnds(normalized.substring(pos, lineEnd(normalized, pos)));
        int cursor = yamlStart;
        int cursorLine = yamlFirstLine;
        while (cursor < normalized.length()) {
            int end = lineEnd(normalized, cursor);
            String current = normalized.substring(cursor, end);
            if (current.stripTrailing().equals("---") || current.stripTrailing().equals("...")) {
                String yaml = normalized.substring(yamlStart, cursor);
                int bodyStart = Math.min(normalized.length(), end + 1);
                return new Split(
                        Optional.of(new FrontMatter(
                                yaml,
                                yamlFirstLine,
                                normalized.substring(bodyStart),
                                cursorLine + 1 + otherLineEnds(current))),
                        null);
            }
            cursor = end + 1;
            cursorLine += 1 + otherLineEnds(current);
        }
        return new Split(Optional.empty(), Failure.UNCLOSED);
    }

    /**
     * NEL, LS and PS inside a line: the YAML parser (and some editors) end lines there too, so a
     * blank line or a marker line holding one counts for more than one line.
     */
    private static int otherLineEnds(String line) {
        int count = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                count++;
            }
        }
        return count;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }
}
