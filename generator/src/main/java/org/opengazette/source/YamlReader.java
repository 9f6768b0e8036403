package org.opengazette.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML text into {@link YamlNode}s that carry file positions. A syntax error or a
 * duplicate key becomes a diagnostic at the right line of the file (the YAML's own line plus the
 * line where the YAML starts), never an exception; a syntax error caused by a common typing
 * mistake is explained as that mistake, at its own line ({@link YamlMistakes}).
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {}

    /**
     * Parses {@code yaml}, which starts at line {@code firstLine} of {@code file}.
     *
     * @return the root node, or empty (with a diagnostic reported) when the text is not valid YAML;
     *     an empty text gives an empty mapping
     */
    public static Optional<YamlNode> read(String yaml, int firstLine, String file, Diagnostics diagnostics) {
        if (yaml.isBlank()) {
            return Optional.of(new YamlNode.Mapping(Map.of(), firstLine, 1));
        }
        try (JsonParser parser = FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new YamlNode.Mapping(Map.of(), firstLine, 1));
            }
            return Optional.of(new Builder(parser, firstLine, file, diagnostics).value());
        } catch (IOException e) {
            List<YamlMistakes.Mistake> mistakes = YamlMistakes.find(yaml);
            if (mistakes.isEmpty()) {
                reportSyntaxError(e, yaml, firstLine, file, diagnostics);
            }
            for (YamlMistakes.Mistake mistake : mistakes) {
                diagnostics.report(
                        mistake.problem(),
                        new SourcePosition(file, firstLine + mistake.line() - 1, mistake.column()),
                        mistake.args().toArray());
            }
            return Optional.empty();
        }
    }

    private static void reportSyntaxError(
            IOException e, String yaml, int firstLine, String file, Diagnostics diagnostics) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof MarkedYAMLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof MarkedYAMLException marked) {
            Mark mark = marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
            // A problem found at the end of the text (an unclosed quote or bracket) is shown where
            // the unfinished construct begins, not on the line after the YAML.
            if (mark != null
                    && marked.getContextMark() != null
                    && mark.getIndex() >= yaml.codePointCount(0, yaml.length())) {
                mark = marked.getContextMark();
            }
            int line = mark == null ? firstLine : firstLine + mark.getLine();
            int column = mark == null ? 1 : mark.getColumn() + 1;
            if (mark != null && mark.getIndex() >= yaml.codePointCount(0, yaml.length())) {
                // Still the end of the text: SnakeYAML does not count a CR that ends the text as a line end.
                int[] end = endOf(yaml);
                line = firstLine + end[0];
                column = end[1];
            }
            String problem = marked.getProblem() != null ? marked.getProblem() : marked.getContext();
            if (marked.getProblem() != null && marked.getContext() != null) {
                problem = marked.getContext() + ": " + problem;
            }
            diagnostics.report(Problem.YAML_SYNTAX, new SourcePosition(file, line, column), problem);
            return;
        }
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        int line = firstLine;
        int column = 1;
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException processing
                && processing.getLocation() != null) {
            JsonLocation location = processing.getLocation();
            line = firstLine + Math.max(0, location.getLineNr() - 1);
            column = Math.max(1, location.getColumnNr());
            message = processing.getOriginalMessage();
        }
        diagnostics.report(Problem.YAML_SYNTAX, new SourcePosition(file, line, column), message);
    }

    /**
     * Where the text ends, as an editor shows it: {0-based line, 1-based column}. Line ends are
     * LF, CR LF, a lone CR, NEL, LS and PS, as the YAML parser counts them within the text.
     */
    private static int[] endOf(String text) {
        int line = 0;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Walks the token stream, the parser standing on the first token of a value. */
    private static final class Builder {
        private final JsonParser parser;
        private final int lineOffset;
        private final String file;
        private final Diagnostics diagnostics;

        Builder(JsonParser parser, int firstLine, String file, Diagnostics diagnostics) {
            this.parser = parser;
            this.lineOffset = firstLine - 1;
            this.file = file;
            this.diagnostics = diagnostics;
        }

        YamlNode value() throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            int line = at.getLineNr() + lineOffset;
            int column = Math.max(1, at.getColumnNr());
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return mapping(line, column);
                case START_ARRAY:
                    List<YamlNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(value());
                    }
                    return new YamlNode.Sequence(List.copyOf(items), line, column);
                case VALUE_STRING:
                    // "key:" with nothing after it is null in YAML; the parser gives an empty string.
                    String text = parser.getText();
                    return new YamlNode.Scalar(text.isEmpty() ? null : text, line, column);
                case VALUE_NUMBER_INT:
                    return new YamlNode.Scalar(parser.getLongValue(), line, column);
                case VALUE_NUMBER_FLOAT:
                    return new YamlNode.Scalar(parser.getDoubleValue(), line, column);
                case VALUE_TRUE:
                    return new YamlNode.Scalar(Boolean.TRUE, line, column);
                case VALUE_FALSE:
                    return new YamlNode.Scalar(Boolean.FALSE, line, column);
                default:
                    return new YamlNode.Scalar(null, line, column);
            }
        }

        private YamlNode mapping(int line, int column) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = parser.currentTokenLocation();
                int keyLine = keyAt.getLineNr() + lineOffset;
                int keyColumn = Math.max(1, keyAt.getColumnNr());
                String key = parser.currentName();
                parser.nextToken();
                YamlNode value = value();
                if (entries.containsKey(key)) {
                    diagnostics.report(
                            Problem.DUPLICATE_KEY,
                            new SourcePosition(file, keyLine, keyColumn),
                            new FieldName(key),
                            entries.get(key).line());
                }
                entries.put(key, new YamlNode.Entry(key, keyLine, keyColumn, value));
            }
            return new YamlNode.Mapping(java.util.Collections.unmodifiableMap(entries), line, column);
        }
    }
}
