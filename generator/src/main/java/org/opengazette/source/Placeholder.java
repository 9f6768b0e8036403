package org.opengazette.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The placeholder {@value #MARKER} that {@code gazette new} writes into the fields an editor must
 * fill. A field holding it counts as written (it is not missing) but means nothing: it is reported
 * as a {@code placeholder} warning, and the loader reads the document as if the field were empty,
 * so the placeholder is neither checked against site-config or the library nor published.
 */
public final class Placeholder {
    /** The placeholder text, as written in a value (surrounding spaces ignored). */
    public static final String MARKER = "待填写";

    private Placeholder() {}

    /**
     * A placeholder found in a front matter.
     *
     * @param key   the top-level key it belongs to
     * @param path  where it is: the key, {@code key[i]} for a list item, {@code key.sub} inside a mapping
     * @param node  the placeholder value itself (its position)
     */
    public record Found(String key, String path, YamlNode node) {}

    /** True when the node is the placeholder text. */
    public static boolean is(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar
                && scalar.value() instanceof String text
                && text.strip().equals(MARKER);
    }

    /** Every placeholder of a mapping, at any depth, in written order. */
    public static List<Found> find(YamlNode.Mapping mapping) {
        List<Found> found = new ArrayList<>();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            collect(entry.key(), entry.key(), entry.value(), found);
        }
        return List.copyOf(found);
    }

    private static void collect(String key, String path, YamlNode node, List<Found> found) {
        if (is(node)) {
            found.add(new Found(key, path, node));
        } else if (node instanceof YamlNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                collect(key, path + "[" + i + "]", sequence.items().get(i), found);
            }
        } else if (node instanceof YamlNode.Mapping nested) {
            for (YamlNode.Entry entry : nested.entries().values()) {
                collect(key, path + "." + entry.key(), entry.value(), found);
            }
        }
    }

    /**
     * The mapping as if no placeholder had been written: a placeholder value becomes null at the
     * same place, and a placeholder list item is left out. The mapping itself when it has none.
     */
    public static YamlNode.Mapping without(YamlNode.Mapping mapping) {
        return find(mapping).isEmpty() ? mapping : (YamlNode.Mapping) strip(mapping);
    }

    private static YamlNode strip(YamlNode node) {
        if (is(node)) {
            return new YamlNode.Scalar(null, node.line(), node.column());
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<YamlNode> items = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                if (!is(item)) {
                    items.add(strip(item));
                }
            }
            return new YamlNode.Sequence(List.copyOf(items), sequence.line(), sequence.column());
        }
        if (node instanceof YamlNode.Mapping nested) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            nested.entries()
                    .forEach((key, entry) -> entries.put(
                            key, new YamlNode.Entry(key, entry.line(), entry.column(), strip(entry.value()))));
            return new YamlNode.Mapping(Collections.unmodifiableMap(entries), nested.line(), nested.column());
        }
        return node;
    }
}
