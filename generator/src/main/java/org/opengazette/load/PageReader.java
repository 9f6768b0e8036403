package org.opengazette.load;

import java.nio.file.Path;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Page;
import org.opengazette.source.FieldReader;
import org.opengazette.source.FrontMatter;
import org.opengazette.source.SourceText;
import org.opengazette.source.YamlNode;
import org.opengazette.source.YamlReader;

/** Reads one static page ({@code pages/<slug>.md}): a title in front matter and a Markdown body. */
public final class PageReader {
    private final Diagnostics diagnostics;

    public PageReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Optional<Page> read(Path file, String relative, String display) {
        Optional<String> text = SourceText.read(file, display, diagnostics);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter.Split split = FrontMatter.split(text.get());
        if (split.frontMatter().isEmpty()) {
            diagnostics.report(split.failure() == FrontMatter.Failure.UNCLOSED
                    ? Problem.FRONT_MATTER_UNCLOSED : Problem.FRONT_MATTER_MISSING, SourcePosition.of(display, 1));
            return Optional.empty();
        }
        FrontMatter frontMatter = split.frontMatter().get();
        Optional<YamlNode> root = YamlReader.read(frontMatter.yaml(), frontMatter.yamlFirstLine(), display, diagnostics);
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping mapping)) {
            root.ifPresent(node -> diagnostics.report(Problem.NOT_A_MAPPING, new SourcePosition(display, node.line(), 1),
                    display));
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(mapping, display, diagnostics);
        Optional<String> title = fields.string("title");
        if (title.isEmpty()) {
            diagnostics.report(Problem.MISSING_FIELD, SourcePosition.of(display, frontMatter.yamlFirstLine() - 1),
                    "title", "");
            return Optional.empty();
        }
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        return Optional.of(new Page(slug, title.get(), frontMatter.body(), relative));
    }
}
