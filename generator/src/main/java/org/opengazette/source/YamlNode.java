package org.opengazette.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written (file line and column, 1-based). Scalars keep
 * the type YAML gave them: {@link String}, {@link Long}, {@link Double}, {@link Boolean} or null.
 * Dates are left as strings so that they can be validated strictly.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int column();

    /** The value as plain Java objects (String, Long, Double, Boolean, List, Map), for JSON output. */
    Object toPlain();

    /** A scalar: a string, a number, a boolean or null. */
    record Scalar(Object value, int line, int column) implements YamlNode {
        @Override
        public Object toPlain() {
            return value;
        }

        public boolean isString() {
            return value instanceof String;
        }
    }

    /** A YAML list. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public Object toPlain() {
            List<Object> plain = new ArrayList<>();
            items.forEach(item -> plain.add(item.toPlain()));
            return plain;
        }
    }

    /** A YAML mapping with its entries in written order. */
    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        @Override
        public Object toPlain() {
            Map<String, Object> plain = new LinkedHashMap<>();
            entries.forEach((key, entry) -> plain.put(key, entry.value().toPlain()));
            return plain;
        }

        public YamlNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }

    /** A key of a mapping with the position of the key itself and its value. */
    record Entry(String key, int line, int column, YamlNode value) {}
}
