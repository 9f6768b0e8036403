package org.opengazette.diagnostic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints diagnostics in one of three forms: {@code text} (as compilers do:
 * {@code path:line:column: error: message} then an indented hint), {@code json} (an array of
 * objects) and {@code github} (workflow commands that annotate the file in a pull request).
 * The text stays readable for a large library: of each code only the first
 * {@value #SHOWN_PER_CODE} are printed, then how many more there are and a count per code;
 * json and github list every diagnostic.
 */
public enum DiagnosticFormatter {
    TEXT {
        @Override
        public String format(List<Diagnostic> diagnostics, Messages messages) {
            Map<String, Integer> counts = new HashMap<>();
            diagnostics.forEach(d -> counts.merge(d.code(), 1, Integer::sum));
            Map<String, Integer> printed = new HashMap<>();
            StringBuilder out = new StringBuilder();
            for (Diagnostic d : diagnostics) {
                int seen = printed.merge(d.code(), 1, Integer::sum);
                if (seen > SHOWN_PER_CODE) {
                    continue;
                }
                out.append(d.position())
                        .append(": ")
                        .append(d.severity().label())
                        .append(": ")
                        .append(d.message())
                        .append(" [")
                        .append(d.code())
                        .append("]\n");
                if (!d.hint().isEmpty()) {
                    out.append("    ")
                            .append(messages.text("label.hint"))
                            .append(d.hint())
                            .append('\n');
                }
                if (seen == SHOWN_PER_CODE && counts.get(d.code()) > SHOWN_PER_CODE) {
                    out.append("    ")
                            .append(messages.text(
                                    "label.more", String.valueOf(counts.get(d.code()) - SHOWN_PER_CODE), d.code()))
                            .append('\n');
                }
            }
            if (counts.values().stream().anyMatch(count -> count > SHOWN_PER_CODE)) {
                String byCode = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(messages.text("label.list-separator")));
                out.append(messages.text(
                                "label.by-code",
                                String.valueOf(diagnostics.size()),
                                byCode,
                                String.valueOf(SHOWN_PER_CODE)))
                        .append('\n');
            }
            return out.toString();
        }
    },
    JSON {
        @Override
        public String format(List<Diagnostic> diagnostics, Messages messages) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode array = mapper.createArrayNode();
            for (Diagnostic d : diagnostics) {
                ObjectNode node = array.addObject();
                node.put("severity", d.severity().label());
                node.put("code", d.code());
                node.put("file", d.position().file());
                node.put("line", d.position().line());
                node.put("column", d.position().column());
                node.put("message", d.message());
                node.put("hint", d.hint());
            }
            try {
                return mapper.writeValueAsString(array) + "\n";
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    },
    GITHUB {
        @Override
        public String format(List<Diagnostic> diagnostics, Messages messages) {
            StringBuilder out = new StringBuilder();
            for (Diagnostic d : diagnostics) {
                out.append("::")
                        .append(d.severity().label())
                        .append(" file=")
                        .append(escapeProperty(d.position().file()));
                if (d.position().line() > 0) {
                    out.append(",line=")
                            .append(d.position().line())
                            .append(",col=")
                            .append(Math.max(1, d.position().column()));
                }
                out.append(",title=")
                        .append(escapeProperty(d.code()))
                        .append("::")
                        .append(escapeData(d.hint().isEmpty() ? d.message() : d.message() + "\n" + d.hint()))
                        .append('\n');
            }
            return out.toString();
        }
    };

    /** How many diagnostics of one code the text format prints. */
    public static final int SHOWN_PER_CODE = 5;

    /** Renders the diagnostics, already sorted, as one string ending with a newline. */
    public abstract String format(List<Diagnostic> diagnostics, Messages messages);

    /** The formatter named {@code text}, {@code json} or {@code github}. */
    public static DiagnosticFormatter named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
