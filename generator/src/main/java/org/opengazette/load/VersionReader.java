package org.opengazette.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opengazette.config.CustomField;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.diagnostic.Suggestion;
import org.opengazette.model.Attachment;
import org.opengazette.model.BodyText;
import org.opengazette.model.Dates;
import org.opengazette.model.Disclosure;
import org.opengazette.model.ExternalRepeal;
import org.opengazette.model.GazettePlacement;
import org.opengazette.model.Relations;
import org.opengazette.model.Status;
import org.opengazette.model.Version;
import org.opengazette.source.FieldReader;
import org.opengazette.source.FrontMatter;
import org.opengazette.source.MarkdownSource;
import org.opengazette.source.Placeholder;
import org.opengazette.source.YamlNode;

/**
 * Reads one version file: decodes it, splits the front matter, parses the YAML and turns each
 * known key into a typed value, reporting wrong types, impossible dates and unknown keys. What
 * the values mean for the library (known kind, existing reference …) is checked later, in
 * {@code org.opengazette.validate}.
 */
public final class VersionReader {
    /** The front-matter keys of the content model (SPEC "Content model"). */
    public static final Set<String> KNOWN_KEYS = Set.of(
            "title",
            "doc_number",
            "kind",
            "issuer",
            "signed",
            "published",
            "effective",
            "expires",
            "status",
            "status_note",
            "index_no",
            "topics",
            "gazette",
            "gazette_section",
            "gazette_order",
            "amends",
            "repeals",
            "replaces",
            "repealed",
            "interprets",
            "attachments",
            "disclosure",
            "id",
            "aliases");

    private final SiteConfig config;
    private final Diagnostics diagnostics;
    private final Function<String, BodyText> keep;
    private final Set<String> allowedKeys;

    /** A reader that holds each body in memory. */
    public VersionReader(SiteConfig config, Diagnostics diagnostics) {
        this(config, diagnostics, BodyText::of);
    }

    /** A reader that hands each body to {@code keep} (which holds it, or stores it elsewhere). */
    public VersionReader(SiteConfig config, Diagnostics diagnostics, Function<String, BodyText> keep) {
        this.config = config;
        this.diagnostics = diagnostics;
        this.keep = keep;
        Set<String> allowed = new TreeSet<>(KNOWN_KEYS);
        config.fields().forEach(field -> allowed.add(field.key()));
        this.allowedKeys = Set.copyOf(allowed);
    }

    /**
     * Reads a version file.
     *
     * @param file       the version file
     * @param display    its name in diagnostics
     * @param documentId the id the path gives its document (front matter {@code id} may override)
     * @param key        the version key from the file name
     * @return the version, or empty when the file cannot be read as a document at all
     */
    public Optional<Version> read(ContentTree.VersionFile file, String display, String documentId, String key) {
        return MarkdownSource.read(file.path(), display, diagnostics)
                .map(source ->
                        toVersion(source.fields(), source.frontMatter(), file.relative(), display, documentId, key));
    }

    private Version toVersion(
            FieldReader written,
            FrontMatter frontMatter,
            String relative,
            String display,
            String documentId,
            String key) {
        reportUnknownKeys(written, display);
        // Placeholders of `gazette new` are reported, then read as empty; the title stays as written.
        FieldReader fields = withoutPlaceholders(written, display);
        Map<String, SourcePosition> positions = positions(fields.mapping(), display, frontMatter);
        for (Placeholder.Found found : Placeholder.find(written.mapping())) {
            positions.putIfAbsent(found.key(), written.positionOf(found.node()));
        }
        Status explicitStatus = fields.string("status")
                .flatMap(value -> {
                    Optional<Status> status = Status.fromKey(value);
                    if (status.isEmpty()) {
                        diagnostics.report(
                                Problem.INVALID_VALUE, positions.get("status"), new FieldName("status"), statusKeys());
                    }
                    return status;
                })
                .orElse(null);
        Dates dates = new Dates(
                fields.date("signed").orElse(null),
                fields.date("published").orElse(null),
                fields.date("effective").orElse(null),
                fields.date("expires").orElse(null));
        GazettePlacement gazette = fields.string("gazette")
                .map(issue -> new GazettePlacement(
                        issue,
                        fields.string("gazette_section").orElse(null),
                        fields.integer("gazette_order").orElse(null)))
                .orElse(null);
        Relations relations = new Relations(
                fields.strings("amends"),
                fields.strings("repeals"),
                fields.strings("replaces"),
                fields.string("interprets").orElse(null),
                externalRepeal(fields, display));
        String title = written.string("title").orElse(null);
        return new Version(
                fields.string("id").orElse(documentId),
                key,
                relative,
                title,
                fields.string("doc_number").orElse(null),
                fields.string("kind").orElse(null),
                fields.strings("issuer"),
                dates,
                explicitStatus,
                fields.string("status_note").orElse(null),
                fields.string("index_no").orElse(null),
                fields.strings("topics"),
                gazette,
                relations,
                attachments(fields, relative),
                fields.string("disclosure")
                        .map(value -> disclosure(value, positions))
                        .orElse(Version.PUBLIC),
                fields.strings("aliases"),
                customFields(fields),
                keep.apply(bodyWithoutRepeatedTitle(title, frontMatter, display)),
                frontMatter.bodyFirstLine(),
                Map.copyOf(positions));
    }

    /**
     * The disclosure key a text names; any other text is an error (never a silent withholding),
     * and the version is withheld meanwhile.
     */
    private String disclosure(String written, Map<String, SourcePosition> positions) {
        Optional<Disclosure> value = Disclosure.parse(written);
        if (value.isPresent()) {
            return value.get().key();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (Disclosure known : Disclosure.values()) {
            names.put(known.key(), known.key());
            names.put(known.label(), known.key());
        }
        String closest = Suggestion.closest(written.toLowerCase(Locale.ROOT), names.keySet())
                .map(name -> diagnostics.messages().text("suggest.did-you-mean", names.get(name)) + " ")
                .orElse("");
        String accepted = String.join(
                " | ",
                Arrays.stream(Disclosure.values())
                        .map(known -> diagnostics.messages().text("label.value-with-label", known.key(), known.label()))
                        .toList());
        diagnostics.report(
                Problem.UNKNOWN_DISCLOSURE,
                positions.get("disclosure"),
                new FieldName("disclosure"),
                written,
                closest,
                accepted);
        return Disclosure.NOT_PUBLIC.key();
    }

    private void reportUnknownKeys(FieldReader fields, String display) {
        for (YamlNode.Entry entry : fields.mapping().entries().values()) {
            if (!allowedKeys.contains(entry.key())) {
                String suggestion = Suggestion.closest(entry.key(), allowedKeys)
                        .map(s -> diagnostics.messages().text("suggest.did-you-mean", s))
                        .orElse(diagnostics.messages().text("suggest.declare-field"));
                diagnostics.report(
                        Problem.UNKNOWN_FIELD,
                        new SourcePosition(display, entry.line(), entry.column()),
                        entry.key(),
                        suggestion);
            }
        }
    }

    /** The body, without a first paragraph that repeats the title (reported where it stands). */
    private String bodyWithoutRepeatedTitle(String title, FrontMatter frontMatter, String display) {
        String body = frontMatter.body();
        return RepeatedTitle.find(title, body)
                .map(repeated -> {
                    diagnostics.report(
                            Problem.TITLE_REPEATED,
                            new SourcePosition(display, frontMatter.bodyFirstLine() + repeated.line(), 1),
                            title);
                    return repeated.removedFrom(body);
                })
                .orElse(body);
    }

    /** Reports every placeholder value, and the fields as if none had been written. */
    private FieldReader withoutPlaceholders(FieldReader fields, String display) {
        List<Placeholder.Found> found = Placeholder.find(fields.mapping());
        for (Placeholder.Found placeholder : found) {
            String label = diagnostics.messages().text("field-label." + placeholder.key());
            if (label.isEmpty()) {
                label = config.field(placeholder.key()).map(CustomField::label).orElse(placeholder.key());
            }
            diagnostics.report(
                    Problem.PLACEHOLDER,
                    fields.positionOf(placeholder.node()),
                    placeholder.path(),
                    label,
                    Placeholder.MARKER);
        }
        return found.isEmpty() ? fields : new FieldReader(Placeholder.without(fields.mapping()), display, diagnostics);
    }

    /**
     * Positions of every value written (and of list items as {@code key[i]}); "" is the front
     * matter itself. A key without a value (empty, blank, or a list of such) has none, so that
     * a required key counts as given exactly when it is here.
     */
    private static Map<String, SourcePosition> positions(YamlNode.Mapping mapping, String display, FrontMatter fm) {
        Map<String, SourcePosition> positions = new HashMap<>();
        positions.put("", new SourcePosition(display, Math.max(1, fm.yamlFirstLine() - 1), 1));
        for (YamlNode.Entry entry : mapping.entries().values()) {
            YamlNode value = entry.value();
            if (isEmpty(value)) {
                continue;
            }
            positions.put(entry.key(), new SourcePosition(display, value.line(), value.column()));
            if (value instanceof YamlNode.Sequence sequence) {
                for (int i = 0; i < sequence.items().size(); i++) {
                    YamlNode item = sequence.items().get(i);
                    positions.put(entry.key() + "[" + i + "]", new SourcePosition(display, item.line(), item.column()));
                }
            }
        }
        return positions;
    }

    private static boolean isEmpty(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.value() == null || scalar.value() instanceof String text && text.isBlank();
        }
        return node instanceof YamlNode.Sequence sequence
                && sequence.items().stream().allMatch(VersionReader::isEmpty);
    }

    private ExternalRepeal externalRepeal(FieldReader fields, String display) {
        return fields.mappingOf("repealed")
                .map(node -> {
                    FieldReader repeal = new FieldReader(node, display, diagnostics);
                    if (!repeal.has("date")) {
                        diagnostics.report(
                                Problem.MISSING_FIELD,
                                repeal.positionOf(node),
                                new FieldName("repealed.date"),
                                "",
                                "repealed.date");
                    }
                    return new ExternalRepeal(
                            repeal.date("date").orElse(null),
                            repeal.string("by").orElse(null));
                })
                .orElse(null);
    }

    private List<Attachment> attachments(FieldReader fields, String relative) {
        String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/') + 1) : "";
        List<Attachment> attachments = new ArrayList<>();
        for (YamlNode item : fields.items("attachments")) {
            if (item instanceof YamlNode.Mapping mapping) {
                FieldReader attachment =
                        new FieldReader(mapping, fields.positionOf(item).file(), diagnostics);
                attachment
                        .string("path")
                        .ifPresentOrElse(
                                path -> add(
                                        attachments,
                                        folder,
                                        path,
                                        attachment.string("title").orElse(null),
                                        fields.positionOf(item)),
                                () -> diagnostics.report(
                                        Problem.MISSING_FIELD,
                                        fields.positionOf(item),
                                        new FieldName("attachments.path"),
                                        "",
                                        "attachments.path"));
            } else {
                fields.string("attachments", item)
                        .ifPresent(path -> add(attachments, folder, path, null, fields.positionOf(item)));
            }
        }
        return List.copyOf(attachments);
    }

    private void add(List<Attachment> attachments, String folder, String path, String title, SourcePosition at) {
        try {
            attachments.add(new Attachment(resolve(folder, path), title));
        } catch (java.nio.file.InvalidPathException e) {
            // A character no file name may hold (NUL; more on Windows): no such file can exist.
            diagnostics.report(Problem.ATTACHMENT_MISSING, at, path.replace("\0", "\\0"));
        }
    }

    /** The attachment path relative to the content folder; an absolute path is kept for the check to reject. */
    private static String resolve(String folder, String path) {
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
            return path;
        }
        return java.nio.file.Path.of(folder + path).normalize().toString().replace('\\', '/');
    }

    private Map<String, Object> customFields(FieldReader fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (CustomField field : config.fields()) {
            if (!field.isPublic()) {
                continue; // internal (public: false): accepted in the file, never published
            }
            YamlNode node = fields.mapping().get(field.key());
            if (node != null && node.toPlain() != null) {
                values.put(field.key(), node.toPlain());
            }
        }
        return java.util.Collections.unmodifiableMap(values);
    }

    private static String statusKeys() {
        return String.join(
                " | ", Arrays.stream(Status.values()).map(Status::key).toList());
    }
}
