package org.opengazette.source;

import java.nio.file.Path;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;

/**
 * A Markdown file read up to its metadata: the front matter split from the body, and the YAML
 * mapping ready to be read field by field.
 */
public record MarkdownSource(FrontMatter frontMatter, FieldReader fields) {

    /**
     * Reads a Markdown file with front matter, reporting an unreadable or non-UTF-8 file, missing
     * or unclosed front matter, YAML errors and YAML that is not a mapping.
     *
     * @return the parsed source, or empty when the file cannot be read as one
     */
    public static Optional<MarkdownSource> read(Path file, String display, Diagnostics diagnostics) {
        Optional<String> text = SourceText.read(file, display, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter.Split split = FrontMatter.split(text.get());
        if (split.frontMatter().isEmpty()) {
            diagnostics.report(
                    split.failure() == FrontMatter.Failure.UNCLOSED
                            ? Problem.FRONT_MATTER_UNCLOSED
                            : Problem.FRONT_MATTER_MISSING,
                    SourcePosition.of(display, 1));
            return Optional.empty();
        }
        FrontMatter frontMatter = split.frontMatter().get();
        return YamlReader.read(frontMatter.yaml(), frontMatter.yamlFirstLine(), display, diagnostics)
                .flatMap(root -> YamlFile.mapping(root, display, diagnostics))
                .map(fields -> new MarkdownSource(frontMatter, fields));
    }
}
