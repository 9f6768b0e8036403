package org.opengazette.load;

import java.nio.file.Path;
import java.util.Optional;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Page;
import org.opengazette.source.FieldReader;
import org.opengazette.source.FrontMatter;
import org.opengazette.source.MarkdownSource;

/** Reads one static page ({@code pages/<slug>.md}): a title in front matter and a Markdown body. */
public final class PageReader {
    private final Diagnostics diagnostics;

    public PageReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public Optional<Page> read(Path file, String relative, String display) {
        Optional<MarkdownSource> source = MarkdownSource.read(file, display, diagnostics);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter frontMatter = source.get().frontMatter();
        FieldReader fields = source.get().fields();
        Optional<String> title = fields.string("title");
        if (title.isEmpty()) {
            diagnostics.report(
                    Problem.MISSING_FIELD,
                    SourcePosition.of(display, frontMatter.yamlFirstLine() - 1),
                    new FieldName("title"),
                    "",
                    "title");
            return Optional.empty();
        }
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        return Optional.of(new Page(slug, title.get(), frontMatter.body(), relative));
    }
}
