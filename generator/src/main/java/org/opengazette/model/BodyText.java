package org.opengazette.model;

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

    /**
     * A body kept elsewhere: {@code markdown} reads it and {@code structure} gives its structure
     * (parsed again, or remembered for a while) each time one is needed.
     */
    static BodyText stored(Supplier<String> markdown, Supplier<Structure> structure) {
        return new Stored(markdown, structure);
    }

    /**
     * A body in memory: equal bodies have equal Markdown, and a fingerprint of a version with a
     * held body covers its text.
     */
    record Held(String markdown, Structure structure) implements BodyText {}

    /** A body read from where it is kept whenever it is needed. Equal only to itself. */
    final class Stored implements BodyText {
        private final Supplier<String> markdown;
        private final Supplier<Structure> structure;

        private Stored(Supplier<String> markdown, Supplier<Structure> structure) {
            this.markdown = markdown;
            this.structure = structure;
        }

        @Override
        public String markdown() {
            return markdown.get();
        }

        @Override
        public Structure structure() {
            return structure.get();
        }
    }
}
