package org.opengazette.model;

import java.lang.ref.SoftReference;
import java.util.function.Supplier;
import org.opengazette.model.structure.Structure;
import org.opengazette.model.structure.StructureParser;

/**
 * The Markdown body of a {@link Version} and the structure parsed from it. A preview, which
 * builds the same library again and again, {@linkplain #of holds} every body; a single build
 * {@linkplain #stored keeps} each in a temporary file and reads it when a stage needs it, so that
 * the model of a large library fits in memory.
 */
public sealed interface BodyText permits BodyText.Held, BodyText.Stored {
    /** The body of a version without one. */
    BodyText EMPTY = new Held("", Structure.EMPTY);

    /** The Markdown. */
    String markdown();

    /** Its headings, articles (条, 款, 项) and passages. */
    Structure structure();

    /** A body held in memory, its structure parsed at once. */
    static BodyText of(String markdown) {
        return new Held(markdown, StructureParser.parse(markdown));
    }

    /** A body kept elsewhere, read by {@code markdown} each time it is needed. */
    static BodyText stored(Supplier<String> markdown) {
        return new Stored(markdown);
    }

    /**
     * A body in memory: equal bodies have equal Markdown, and a fingerprint of a version with a
     * held body covers its text.
     */
    record Held(String markdown, Structure structure) implements BodyText {}

    /**
     * A body read from where it is kept whenever it is needed; its structure is parsed again when
     * memory ran short since it was last needed. Equal only to itself.
     */
    final class Stored implements BodyText {
        private final Supplier<String> markdown;
        private volatile SoftReference<Structure> structure = new SoftReference<>(null);

        private Stored(Supplier<String> markdown) {
            this.markdown = markdown;
        }

        @Override
        public String markdown() {
            return markdown.get();
        }

        @Override
        public Structure structure() {
            Structure parsed = structure.get();
            if (parsed == null) {
                parsed = StructureParser.parse(markdown());
                structure = new SoftReference<>(parsed);
            }
            return parsed;
        }
    }
}
