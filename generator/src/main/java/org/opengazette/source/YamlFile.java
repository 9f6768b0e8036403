package org.opengazette.source;

import java.nio.file.Path;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;

/** A whole YAML file (site config, a gazette issue), read with the positions of its values. */
public final class YamlFile {
    private YamlFile() {}

    /** The file's root value, or empty after reporting why it cannot be read. */
    public static Optional<YamlNode> read(Path file, String display, Diagnostics diagnostics) {
        return SourceText.read(file, display, diagnostics)
                .flatMap(text -> YamlReader.read(text, 1, display, diagnostics));
    }

    /** The file's root mapping, or empty after reporting why it cannot be read or is not a mapping. */
    public static Optional<FieldReader> readMapping(Path file, String display, Diagnostics diagnostics) {
        return read(file, display, diagnostics).flatMap(root -> mapping(root, display, diagnostics));
    }

    /** The root as a mapping; anything else is reported as {@code not-a-mapping}. */
    static Optional<FieldReader> mapping(YamlNode root, String display, Diagnostics diagnostics) {
        if (root instanceof YamlNode.Mapping mapping) {
            return Optional.of(new FieldReader(mapping, display, diagnostics));
        }
        diagnostics.report(Problem.NOT_A_MAPPING, new SourcePosition(display, root.line(), 1), display);
        return Optional.empty();
    }
}
