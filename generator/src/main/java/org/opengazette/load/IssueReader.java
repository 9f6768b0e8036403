package org.opengazette.load;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.diagnostic.Suggestion;
import org.opengazette.model.GazetteIssue;
import org.opengazette.source.FieldReader;
import org.opengazette.source.YamlFile;
import org.opengazette.source.YamlNode;

/** Reads one gazette issue file ({@code gazette/<year>-<number>.yaml}). */
public final class IssueReader {
    private static final Set<String> KEYS = Set.of("year", "number", "total", "date", "sections");

    private final SiteConfig config;
    private final Diagnostics diagnostics;

    public IssueReader(SiteConfig config, Diagnostics diagnostics) {
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public Optional<GazetteIssue> read(Path file, String relative, String display) {
        Optional<FieldReader> read = YamlFile.readMapping(file, display, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        FieldReader fields = read.get();
        YamlNode.Mapping mapping = fields.mapping();
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!KEYS.contains(entry.key())) {
                String suggestion = Suggestion.closest(entry.key(), KEYS)
                        .map(s -> diagnostics.messages().text("suggest.did-you-mean", s))
                        .orElse("");
                diagnostics.report(
                        Problem.UNKNOWN_FIELD,
                        new SourcePosition(display, entry.line(), entry.column()),
                        entry.key(),
                        suggestion);
            }
        }
        String id = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        Optional<Integer> year = required(fields, "year", display).flatMap(k -> fields.integer("year"));
        Optional<Integer> number = required(fields, "number", display).flatMap(k -> fields.integer("number"));
        var date = required(fields, "date", display).flatMap(k -> fields.date("date"));
        if (year.isEmpty() || number.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        String expected = year.get() + "-" + number.get();
        if (!expected.equals(id)) {
            diagnostics.report(
                    Problem.ISSUE_NAME_MISMATCH,
                    new SourcePosition(
                            display,
                            mapping.get("year").line(),
                            mapping.get("year").column()),
                    id,
                    expected);
        }
        var sections = fields.has("sections")
                ? fields.strings("sections")
                : config.gazette().sections();
        return Optional.of(new GazetteIssue(
                expected,
                year.get(),
                number.get(),
                fields.integer("total").orElse(null),
                date.get(),
                sections,
                relative));
    }

    private Optional<String> required(FieldReader fields, String key, String display) {
        if (fields.has(key)) {
            return Optional.of(key);
        }
        diagnostics.report(Problem.MISSING_FIELD, SourcePosition.of(display, 1), new FieldName(key), "", key);
        return Optional.empty();
    }
}
