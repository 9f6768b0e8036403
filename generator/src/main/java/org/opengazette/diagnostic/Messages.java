package org.opengazette.diagnostic;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Localized message and hint texts for {@link Problem}s, in Chinese or English. */
public final class Messages {
    private static final String BUNDLE = "org.opengazette.diagnostic.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Messages for a site language such as {@code zh-CN} or {@code en}; Chinese for any {@code zh*}. */
    public static Messages forLanguage(String language) {
        boolean chinese = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        Locale locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The message of a problem, with {@code {0}}, {@code {1}} … filled from the arguments. */
    public String message(Problem problem, Object... args) {
        return format(problem.code() + ".message", args);
    }

    /** The hint of a problem (how to fix it), or an empty string when it has none. */
    public String hint(Problem problem, Object... args) {
        return format(problem.code() + ".hint", args);
    }

    /** A free-standing text such as a label used by formatters ("hint", "did you mean"). */
    public String text(String key, Object... args) {
        return format(key, args);
    }

    /**
     * How a key appears in messages: {@code 发布日期（published）} (a labelled key in Chinese),
     * {@code “region”} (a key without a label), {@code published} (English).
     */
    public String field(String key) {
        String label = format("field." + key);
        return label.isEmpty() ? format("field.plain", key) : format("field.labelled", label, key);
    }

    private String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return "";
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof FieldName name ? field(name.key()) : args[i];
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
