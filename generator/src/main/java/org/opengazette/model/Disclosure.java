package org.opengazette.model;

import java.util.Locale;
import java.util.Optional;

/**
 * 公开属性: whether a version may be published. Only {@link #PUBLIC} (主动公开) is; the others are
 * withheld from every output. Front matter names a value by its key, in any case ({@code Public}),
 * or by its Chinese label ({@code 依申请公开}).
 */
public enum Disclosure {
    PUBLIC("public", "主动公开"),
    ON_REQUEST("on_request", "依申请公开"),
    NOT_PUBLIC("not_public", "不予公开");

    private final String key;
    private final String label;

    Disclosure(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The value written in front matter and kept in {@link Version#disclosure()}. */
    public String key() {
        return key;
    }

    /** The Chinese name of the value. */
    public String label() {
        return label;
    }

    /** The value a front-matter text names (its key in any case, or its label), or empty for any other text. */
    public static Optional<Disclosure> parse(String written) {
        String text = written.strip();
        for (Disclosure value : values()) {
            if (value.key.equals(text.toLowerCase(Locale.ROOT)) || value.label.equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
