package org.opengazette.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;

/**
 * Reads typed values out of a {@link YamlNode.Mapping}, reporting a diagnostic at the value's
 * position when the type is wrong or a date is not a real calendar date. Every method returns
 * empty (or an empty list) for a missing key and for a value it rejected.
 */
public final class FieldReader {
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final YamlNode.Mapping mapping;
    private final String file;
    private final Diagnostics diagnostics;

    public FieldReader(YamlNode.Mapping mapping, String file, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public boolean has(String key) {
        YamlNode node = mapping.get(key);
        return node != null && !(node instanceof YamlNode.Scalar scalar && scalar.value() == null);
    }

    /** Where a node was written. */
    public SourcePosition positionOf(YamlNode node) {
        return new SourcePosition(file, node.line(), node.column());
    }

    /** A text value; numbers are accepted as their text. */
    public Optional<String> string(String key) {
        YamlNode node = mapping.get(key);
        return node == null ? Optional.empty() : string(key, node);
    }

    /** A text value given as a node (a list item, a nested key). */
    public Optional<String> string(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            Object value = scalar.value();
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof String || value instanceof Number) {
                String text = value.toString().strip();
                return text.isEmpty() ? Optional.empty() : Optional.of(text);
            }
        }
        wrongType(key, node, "text");
        return Optional.empty();
    }

    /** One text or a list of texts, in written order. */
    public List<String> strings(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                string(key, item).ifPresent(values::add);
            }
        } else {
            string(key, node).ifPresent(values::add);
        }
        return List.copyOf(values);
    }

    /** The nodes of one value or of a list, for callers that need each item's position. */
    public List<YamlNode> items(String key) {
        YamlNode node = mapping.get(key);
        if (node == null) {
            return List.of();
        }
        return node instanceof YamlNode.Sequence sequence ? sequence.items() : List.of(node);
    }

    /**
     * A date written as {@code YYYY-MM-DD} that exists in the calendar. A date in another form
     * (2026年1月6日) is reported with its corrected value, which is returned so later checks see it.
     */
    public Optional<LocalDate> date(String key) {
        YamlNode node = mapping.get(key);
        return node == null ? Optional.empty() : date(key, node);
    }

    /** A date given as a node. */
    public Optional<LocalDate> date(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return Optional.empty();
        }
        if (!(node instanceof YamlNode.Scalar scalar)
                || !(scalar.value() instanceof String || scalar.value() instanceof Number)) {
            wrongType(key, node, "date");
            return Optional.empty();
        }
        String text = scalar.value().toString().strip();
        try {
            return Optional.of(LocalDate.parse(text, ISO_DATE));
        } catch (DateTimeParseException e) {
            Optional<LocalDate> meant = LooseDate.parse(text);
            if (meant.isPresent()) {
                diagnostics.report(
                        Problem.DATE_FORMAT,
                        positionOf(node),
                        new FieldName(key),
                        text,
                        meant.get().toString());
            } else {
                diagnostics.report(Problem.INVALID_DATE, positionOf(node), new FieldName(key), text);
            }
            return meant;
        }
    }

    /** A whole number. */
    public Optional<Integer> integer(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Scalar scalar
                && scalar.value() instanceof Long number
                && number >= Integer.MIN_VALUE
                && number <= Integer.MAX_VALUE) {
            return Optional.of(number.intValue());
        }
        wrongType(key, node, "number");
        return Optional.empty();
    }

    /** A nested mapping. */
    public Optional<YamlNode.Mapping> mappingOf(String key) {
        YamlNode node = mapping.get(key);
        if (node == null || node instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return Optional.empty();
        }
        if (node instanceof YamlNode.Mapping nested) {
            return Optional.of(nested);
        }
        wrongType(key, node, "mapping");
        return Optional.empty();
    }

    /**
     * Reports that {@code key} holds something other than {@code expected}, one of {@code text},
     * {@code date}, {@code number}, {@code mapping}, {@code list}.
     */
    public void wrongType(String key, YamlNode node, String expected) {
        diagnostics.report(
                Problem.WRONG_TYPE,
                positionOf(node),
                new FieldName(key),
                diagnostics.messages().text("type." + expected),
                describe(node));
    }

    /** What was written instead, in the site language for lists and mappings. */
    private String describe(YamlNode node) {
        if (node instanceof YamlNode.Sequence) {
            return diagnostics.messages().text("type.list");
        }
        if (node instanceof YamlNode.Mapping) {
            return diagnostics.messages().text("type.mapping");
        }
        Object value = ((YamlNode.Scalar) node).value();
        if (value instanceof Boolean) {
            return "true/false";
        }
        return value instanceof Number ? "number " + value : "\"" + value + "\"";
    }
}
