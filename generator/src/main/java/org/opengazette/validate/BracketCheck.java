package org.opengazette.validate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * Brackets in the values of custom fields pair up: a 题注 copied from a source that dropped its
 * opening "（" ends with a stray "）". Each value (each item of a list) is checked on its own.
 */
final class BracketCheck implements Check {
    private static final Map<Character, Character> PAIRS =
            Map.of('）', '（', ')', '(', '》', '《', '〉', '〈', '】', '【', '〕', '〔');

    @Override
    public void check(ValidationContext context) {
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                version.fields().forEach((key, value) -> {
                    String field = context.config()
                            .field(key)
                            .map(custom -> context.diagnostics()
                                    .messages()
                                    .text("label.value-with-label", custom.label(), key))
                            .orElse(key);
                    List<?> items = value instanceof List<?> list ? list : List.of(value);
                    for (int i = 0; i < items.size(); i++) {
                        String text = String.valueOf(items.get(i));
                        String at = value instanceof List<?> ? key + "[" + i + "]" : key;
                        unmatched(text)
                                .ifPresent(bracket -> context.diagnostics()
                                        .report(
                                                Problem.UNBALANCED_BRACKETS,
                                                version.positionOf(at),
                                                field,
                                                String.valueOf(bracket),
                                                text));
                    }
                });
            }
        }
    }

    /** The first bracket of {@code text} without its pair, if any. */
    static Optional<Character> unmatched(String text) {
        Deque<Character> open = new ArrayDeque<>();
        for (char c : text.toCharArray()) {
            if (PAIRS.containsValue(c)) {
                open.push(c);
            } else if (PAIRS.containsKey(c)) {
                if (open.isEmpty() || !open.peek().equals(PAIRS.get(c))) {
                    return Optional.of(c);
                }
                open.pop();
            }
        }
        return Optional.ofNullable(open.peekLast());
    }
}
