package org.opengazette.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.FieldName;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.diagnostic.Suggestion;
import org.opengazette.source.FieldReader;
import org.opengazette.source.YamlFile;
import org.opengazette.source.YamlNode;

/**
 * Reads {@code site.yaml}, {@code kinds.yaml}, {@code authorities.yaml} and {@code topics.yaml}
 * from a site-config folder. Problems are reported with their positions; what can be read is
 * still returned, so that content problems are reported in the same run.
 */
public final class ConfigLoader {
    private static final Set<String> SITE_KEYS = Set.of(
            "title",
            "base_url",
            "language",
            "theme",
            "page_size",
            "gazette",
            "navigation",
            "fields",
            "history",
            "portal");
    /** What a custom field of {@code fields:} may say. */
    private static final Set<String> FIELD_OPTIONS = Set.of("key", "label", "public");

    private static final Set<String> PORTAL_KEYS =
            Set.of("description", "sponsor", "site_code", "icp", "police", "feedback");

    private final Path directory;
    private final Function<Path, String> display;
    private final Diagnostics diagnostics;

    /**
     * @param directory   the site-config folder
     * @param display     how diagnostics name a file
     * @param diagnostics where problems go
     */
    public ConfigLoader(Path directory, Function<Path, String> display, Diagnostics diagnostics) {
        this.directory = directory;
        this.display = display;
        this.diagnostics = diagnostics;
    }

    /** Reads the language of {@code site.yaml} alone, before diagnostics exist; {@code zh-CN} by default. */
    public static String peekLanguage(Path directory) {
        Path site = directory.resolve("site.yaml");
        try {
            for (String line : Files.readAllLines(site)) {
                if (line.startsWith("language:")) {
                    return line.substring("language:".length())
                            .replace("\"", "")
                            .replace("'", "")
                            .strip();
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "zh-CN";
        }
        return "zh-CN";
    }

    public SiteConfig load() {
        FieldReader site = read("site.yaml", true).orElse(null);
        String title = "OpenGazette";
        String baseUrl = "/";
        String language = "zh-CN";
        String theme = "default";
        SourcePosition themeAt = SourcePosition.of(fileName("site.yaml"));
        int pageSize = 20;
        GazetteSettings gazette = new GazetteSettings(title, null, List.of());
        List<NavItem> navigation = new ArrayList<>();
        List<CustomField> fields = new ArrayList<>();
        HistorySettings history = HistorySettings.DEFAULT;
        PortalSettings portal = PortalSettings.NONE;
        if (site != null) {
            for (YamlNode.Entry entry : site.mapping().entries().values()) {
                if (!SITE_KEYS.contains(entry.key())) {
                    diagnostics.report(
                            Problem.UNKNOWN_FIELD,
                            new SourcePosition(fileName("site.yaml"), entry.line(), entry.column()),
                            entry.key(),
                            "");
                }
            }
            Optional<String> configuredTitle = site.string("title");
            if (configuredTitle.isEmpty()) {
                diagnostics.report(
                        Problem.MISSING_FIELD,
                        SourcePosition.of(fileName("site.yaml"), 1),
                        new FieldName("title"),
                        "",
                        "title");
            }
            title = configuredTitle.orElse(title);
            baseUrl = site.string("base_url")
                    .map(u -> u.endsWith("/") ? u : u + "/")
                    .orElse(baseUrl);
            language = site.string("language").orElse(language);
            theme = site.string("theme").orElse(theme);
            YamlNode.Entry themeEntry = site.mapping().entries().get("theme");
            if (themeEntry != null) {
                themeAt = site.positionOf(themeEntry.value());
            }
            pageSize = site.integer("page_size").filter(n -> n > 0).orElse(pageSize);
            gazette = gazette(site, title);
            navigation = navigation(site);
            fields = fields(site);
            history = history(site);
            portal = portal(site);
        }
        return new SiteConfig(
                title,
                baseUrl,
                language,
                theme,
                themeAt,
                pageSize,
                gazette,
                List.copyOf(navigation),
                List.copyOf(fields),
                history,
                portal,
                kinds(),
                authorities(),
                topics());
    }

    private GazetteSettings gazette(FieldReader site, String siteTitle) {
        Optional<YamlNode.Mapping> node = site.mappingOf("gazette");
        if (node.isEmpty()) {
            return new GazetteSettings(siteTitle, null, List.of());
        }
        FieldReader gazette = new FieldReader(node.get(), fileName("site.yaml"), diagnostics);
        return new GazetteSettings(
                gazette.string("name").orElse(siteTitle),
                gazette.string("notice").orElse(null),
                gazette.strings("sections"),
                new Masthead(
                        gazette.string("supervisor").orElse(null),
                        gazette.string("sponsor").orElse(null),
                        gazette.string("publisher").orElse(null),
                        serialNumber(gazette, node.get(), "issn", SerialNumbers::issn, "ISSN 0317-8471"),
                        serialNumber(gazette, node.get(), "cn", SerialNumbers::cn, "CN 53-1234/D")));
    }

    /** An ISSN or CN number of the masthead, normalized; a malformed one is reported at its value and left out. */
    private String serialNumber(
            FieldReader gazette,
            YamlNode.Mapping node,
            String key,
            Function<String, Optional<String>> check,
            String example) {
        Optional<String> written = gazette.string(key);
        if (written.isEmpty()) {
            return null;
        }
        Optional<String> normalized = check.apply(written.get());
        if (normalized.isEmpty()) {
            diagnostics.report(
                    Problem.INVALID_SERIAL_NUMBER,
                    gazette.positionOf(node.get(key)),
                    new FieldName("gazette." + key),
                    written.get(),
                    example);
        }
        return normalized.orElse(null);
    }

    private HistorySettings history(FieldReader site) {
        Optional<YamlNode.Mapping> node = site.mappingOf("history");
        if (node.isEmpty()) {
            return HistorySettings.DEFAULT;
        }
        for (YamlNode.Entry entry : node.get().entries().values()) {
            if (!entry.key().equals("authors")) {
                diagnostics.report(
                        Problem.UNKNOWN_FIELD,
                        new SourcePosition(fileName("site.yaml"), entry.line(), entry.column()),
                        entry.key(),
                        "");
            }
        }
        YamlNode authors = node.get().get("authors");
        if (authors == null) {
            return HistorySettings.DEFAULT;
        }
        if (authors instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean show) {
            return new HistorySettings(show);
        }
        site.wrongType("history.authors", authors, "boolean");
        return HistorySettings.DEFAULT;
    }

    private PortalSettings portal(FieldReader site) {
        Optional<YamlNode.Mapping> node = site.mappingOf("portal");
        if (node.isEmpty()) {
            return PortalSettings.NONE;
        }
        reportUnknownKeys(node.get(), PORTAL_KEYS);
        FieldReader portal = new FieldReader(node.get(), fileName("site.yaml"), diagnostics);
        return new PortalSettings(
                portal.string("description").orElse(null),
                portal.string("sponsor").orElse(null),
                portal.string("site_code").orElse(null),
                filing(portal, "icp"),
                filing(portal, "police"),
                portal.string("feedback").orElse(null));
    }

    /** {@code {number, url}}; a filing without a number is not shown. */
    private PortalSettings.Filing filing(FieldReader portal, String key) {
        Optional<YamlNode.Mapping> node = portal.mappingOf(key);
        if (node.isEmpty()) {
            return null;
        }
        reportUnknownKeys(node.get(), Set.of("number", "url"));
        FieldReader filing = new FieldReader(node.get(), fileName("site.yaml"), diagnostics);
        Optional<String> number = filing.string("number");
        if (number.isEmpty()) {
            diagnostics.report(
                    Problem.MISSING_FIELD, filing.positionOf(node.get()), new FieldName("number"), "", "number");
            return null;
        }
        return new PortalSettings.Filing(number.get(), filing.string("url").orElse(null));
    }

    private void reportUnknownKeys(YamlNode.Mapping mapping, Set<String> known) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!known.contains(entry.key())) {
                diagnostics.report(
                        Problem.UNKNOWN_FIELD,
                        new SourcePosition(fileName("site.yaml"), entry.line(), entry.column()),
                        entry.key(),
                        "");
            }
        }
    }

    private List<NavItem> navigation(FieldReader site) {
        List<NavItem> items = new ArrayList<>();
        for (YamlNode node : site.items("navigation")) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                site.wrongType("navigation", node, "mapping");
                continue;
            }
            FieldReader item = new FieldReader(mapping, fileName("site.yaml"), diagnostics);
            Optional<String> label = item.string("label");
            Optional<String> page = item.string("page");
            Optional<String> link = item.string("link");
            if (label.isEmpty() || page.isEmpty() == link.isEmpty()) {
                diagnostics.report(
                        Problem.INVALID_VALUE,
                        item.positionOf(mapping),
                        new FieldName("navigation"),
                        "{label, page} | {label, link}");
                continue;
            }
            items.add(new NavItem(label.get(), page.orElse(null), link.orElse(null), item.positionOf(mapping)));
        }
        return items;
    }

    private List<CustomField> fields(FieldReader site) {
        List<CustomField> fields = new ArrayList<>();
        for (YamlNode node : site.items("fields")) {
            if (!(node instanceof YamlNode.Mapping mapping)) {
                site.wrongType("fields", node, "mapping");
                continue;
            }
            FieldReader field = new FieldReader(mapping, fileName("site.yaml"), diagnostics);
            Optional<String> key = field.string("key");
            if (key.isEmpty()) {
                diagnostics.report(Problem.MISSING_FIELD, field.positionOf(mapping), new FieldName("key"), "", "key");
                continue;
            }
            reportUnknownOptions(mapping);
            fields.add(new CustomField(key.get(), field.string("label").orElse(key.get()), isPublic(field)));
        }
        return fields;
    }

    /** {@code public: false} makes a field internal; anything but a boolean is reported and read as public. */
    private boolean isPublic(FieldReader field) {
        YamlNode value = field.mapping().get("public");
        if (value == null) {
            return true;
        }
        if (value instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean isPublic) {
            return isPublic;
        }
        field.wrongType("public", value, "boolean");
        return true;
    }

    private void reportUnknownOptions(YamlNode.Mapping field) {
        for (YamlNode.Entry entry : field.entries().values()) {
            if (!FIELD_OPTIONS.contains(entry.key())) {
                diagnostics.report(
                        Problem.UNKNOWN_FIELD,
                        new SourcePosition(fileName("site.yaml"), entry.line(), entry.column()),
                        entry.key(),
                        Suggestion.closest(entry.key(), FIELD_OPTIONS)
                                .map(s -> diagnostics.messages().text("suggest.did-you-mean", s))
                                .orElse(diagnostics.messages().text("suggest.field-options")));
            }
        }
    }

    private List<Kind> kinds() {
        List<Kind> kinds = new ArrayList<>();
        for (FieldReader kind : listFile("kinds.yaml", true)) {
            Optional<String> key = kind.string("key");
            if (key.isEmpty()) {
                diagnostics.report(
                        Problem.MISSING_FIELD, kind.positionOf(kind.mapping()), new FieldName("key"), "", "key");
                continue;
            }
            String report = kind.string("report").orElse(null);
            if (report != null && !report.equals(Kind.RULES) && !report.equals(Kind.NORMATIVE)) {
                diagnostics.report(
                        Problem.INVALID_VALUE,
                        kind.positionOf(kind.mapping().get("report")),
                        new FieldName("report"),
                        Kind.RULES + " | " + Kind.NORMATIVE);
                report = null;
            }
            kinds.add(new Kind(
                    key.get(),
                    kind.string("label").orElse(key.get()),
                    kind.integer("rank").orElse(1000),
                    kind.strings("required"),
                    report));
        }
        kinds.sort(Comparator.comparingInt(Kind::rank).thenComparing(Kind::key));
        return List.copyOf(kinds);
    }

    private List<Authority> authorities() {
        List<Authority> authorities = new ArrayList<>();
        for (FieldReader authority : listFile("authorities.yaml", false)) {
            Optional<String> name = authority.string("name");
            if (name.isEmpty()) {
                diagnostics.report(
                        Problem.MISSING_FIELD,
                        authority.positionOf(authority.mapping()),
                        new FieldName("name"),
                        "",
                        "name");
                continue;
            }
            authorities.add(new Authority(
                    name.get(),
                    authority.string("short").orElse(name.get()),
                    authority.integer("order").orElse(authorities.size() + 1),
                    authority.string("slug").orElse(Slug.of(name.get()))));
        }
        authorities.sort(Comparator.comparingInt(Authority::order).thenComparing(Authority::name));
        return List.copyOf(authorities);
    }

    private List<Topic> topics() {
        List<Topic> topics = new ArrayList<>();
        for (FieldReader topic : listFile("topics.yaml", false)) {
            topic.string("name")
                    .ifPresentOrElse(
                            name -> topics.add(
                                    new Topic(name, topic.string("slug").orElse(Slug.of(name)))),
                            () -> diagnostics.report(
                                    Problem.MISSING_FIELD,
                                    topic.positionOf(topic.mapping()),
                                    new FieldName("name"),
                                    "",
                                    "name"));
        }
        return List.copyOf(topics);
    }

    /** The mappings of a file holding a YAML list of mappings. */
    private List<FieldReader> listFile(String name, boolean required) {
        Path path = directory.resolve(name);
        if (!Files.exists(path)) {
            if (required) {
                diagnostics.report(Problem.CONFIG_MISSING, SourcePosition.of(fileName(name)), name);
            }
            return List.of();
        }
        Optional<YamlNode> root = YamlFile.read(path, fileName(name), diagnostics);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YamlNode.Sequence sequence)) {
            diagnostics.report(
                    Problem.WRONG_TYPE,
                    new SourcePosition(
                            fileName(name), root.get().line(), root.get().column()),
                    name,
                    diagnostics.messages().text("type.list"),
                    diagnostics.messages().text("type.mapping"));
            return List.of();
        }
        List<FieldReader> readers = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping mapping) {
                readers.add(new FieldReader(mapping, fileName(name), diagnostics));
            } else if (item instanceof YamlNode.Scalar scalar && scalar.value() instanceof String text) {
                // A bare name is short for {name: …}, as in topics.yaml.
                YamlNode.Entry entry = new YamlNode.Entry("name", item.line(), item.column(), item);
                readers.add(new FieldReader(
                        new YamlNode.Mapping(java.util.Map.of("name", entry), item.line(), item.column()),
                        fileName(name),
                        diagnostics));
            } else {
                diagnostics.report(
                        Problem.WRONG_TYPE,
                        new SourcePosition(fileName(name), item.line(), item.column()),
                        name,
                        diagnostics.messages().text("type.mapping"),
                        diagnostics.messages().text("type.list"));
            }
        }
        return readers;
    }

    private Optional<FieldReader> read(String name, boolean required) {
        Path path = directory.resolve(name);
        if (!Files.exists(path)) {
            if (required) {
                diagnostics.report(Problem.CONFIG_MISSING, SourcePosition.of(fileName(name)), name);
            }
            return Optional.empty();
        }
        return YamlFile.readMapping(path, fileName(name), diagnostics);
    }

    private String fileName(String name) {
        return display.apply(directory.resolve(name));
    }
}
