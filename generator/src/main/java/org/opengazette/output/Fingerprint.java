package org.opengazette.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A SHA-256 of a model: records (component by component, with their class), lists, sets and maps
 * (sets and maps in an order of their own, so that equal ones agree in every process), strings,
 * and value types (numbers, booleans, enums, dates). Models with the same fingerprint are equal,
 * so what was made from one can be reused for the other by a build in another process. A model
 * holding any other type has no fingerprint.
 */
public final class Fingerprint {
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private final MessageDigest digest = sha256();

    private Fingerprint() {}

    /** The hex SHA-256 of {@code model}, or empty when it holds a type that has no stable form. */
    public static Optional<String> of(Object model) {
        Fingerprint fingerprint = new Fingerprint();
        try {
            fingerprint.add(model);
        } catch (Unstable e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(fingerprint.digest.digest()));
    }

    private void add(Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof String text) {
            digest.update((byte) 1);
            addText(text);
        } else if (value instanceof Record record) {
            digest.update((byte) 2);
            addText(record.getClass().getName());
            for (Method accessor : ACCESSORS.get(record.getClass())) {
                add(component(accessor, record));
            }
        } else if (value instanceof List<?> list) {
            digest.update((byte) 3);
            addCount(list.size());
            list.forEach(this::add);
        } else if (value instanceof Collection<?> collection) {
            digest.update((byte) 4);
            if (collection.stream().allMatch(String.class::isInstance)) {
                addCount(collection.size());
                collection.stream().map(String.class::cast).sorted().forEach(this::addText);
            } else {
                addUnordered(collection.stream().map(element -> List.of(Optional.ofNullable(element))));
            }
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) 5);
            if (map.keySet().stream().allMatch(String.class::isInstance)) {
                addCount(map.size());
                new TreeMap<>(map).forEach((key, entry) -> {
                    addText((String) key);
                    add(entry);
                });
            } else {
                addUnordered(map.entrySet().stream()
                        .map(entry ->
                                List.of(Optional.ofNullable(entry.getKey()), Optional.ofNullable(entry.getValue()))));
            }
        } else if (value instanceof Optional<?> optional) {
            digest.update((byte) 6);
            add(optional.orElse(null));
        } else if (value instanceof Number
                || value instanceof Boolean
                || value instanceof Character
                || value instanceof Enum<?>
                || value instanceof TemporalAccessor) {
            digest.update((byte) 7);
            addText(value.getClass().getName());
            addText(value.toString());
        } else {
            throw new Unstable();
        }
    }

    /**
     * Adds the members of a set or map in an order of their own (the order of their fingerprints):
     * equal sets and maps iterate in different orders (hash codes of enums differ between runs).
     * Sets of strings and maps with string keys, the common ones, are simply sorted.
     */
    private void addUnordered(Stream<List<Optional<?>>> members) {
        List<byte[]> prints = members.map(member -> {
                    Fingerprint fingerprint = new Fingerprint();
                    fingerprint.add(member);
                    return fingerprint.digest.digest();
                })
                .sorted(Arrays::compare)
                .toList();
        addCount(prints.size());
        prints.forEach(digest::update);
    }

    private void addText(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        addCount(bytes.length);
        digest.update(bytes);
    }

    private void addCount(int count) {
        digest.update((byte) (count >>> 24));
        digest.update((byte) (count >>> 16));
        digest.update((byte) (count >>> 8));
        digest.update((byte) count);
    }

    private static Object component(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor + " of " + record.getClass(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Thrown inside a fingerprint when the model holds a type it cannot fingerprint. */
    private static final class Unstable extends RuntimeException {
        Unstable() {
            super(null, null, false, false);
        }
    }
}
