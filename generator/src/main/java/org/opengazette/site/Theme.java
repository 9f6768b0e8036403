package org.opengazette.site;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.source.YamlFile;
import org.opengazette.source.YamlNode;

/**
 * A theme: the {@link BuiltInTheme} with, in front of it, the project's theme folder when there is
 * one, file by file. A theme folder holds any of {@code templates/*.ftlh} (Freemarker, HTML
 * auto-escaped; the folder's template replaces the built-in one of that name everywhere, also
 * where another template includes or imports it), {@code static/} (CSS, JavaScript, images,
 * copied to {@code assets/}: the files of both, the folder's winning) and {@code
 * i18n/<language>.yaml} (the UI strings, a flat map: the folder's keys replace the built-in ones).
 * Thread-safe once loaded.
 */
public final class Theme {
    private static final String FALLBACK_LANGUAGE = "zh-CN";
    private static final List<String> PARTS = List.of("templates", "static", "i18n");

    private final Path override;
    private final Configuration freemarker;
    private final Map<String, String> strings;

    private Theme(Path override, Configuration freemarker, Map<String, String> strings) {
        this.override = override;
        this.freemarker = freemarker;
        this.strings = strings;
    }

    /**
     * The project's folder of theme {@code name}: {@code location} itself when it is a theme folder
     * (it holds {@code templates/}, {@code static/} or {@code i18n/}), else {@code location/<name>}
     * when that folder exists.
     */
    private static Optional<Path> locate(Path location, String name) {
        if (PARTS.stream().anyMatch(part -> Files.isDirectory(location.resolve(part)))) {
            return Optional.of(location);
        }
        Path named = location.resolve(name);
        return Files.isDirectory(named) ? Optional.of(named) : Optional.empty();
    }

    /**
     * The theme {@code name} for a site language: its folder at {@code location} (see {@link
     * #locate}) over the built-in theme; empty when the name is neither built in nor a folder there.
     * A string file that is not a flat mapping of texts is reported (its other strings are used).
     */
    public static Optional<Theme> find(Path location, String name, String language, Diagnostics diagnostics) {
        Optional<Path> folder = locate(location, name);
        if (folder.isEmpty() && !BuiltInTheme.NAME.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(load(folder.orElse(null), language, diagnostics));
    }

    /** The built-in theme alone, for a site language. */
    public static Theme builtIn(String language) {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage(language));
        Theme theme = load(null, language, diagnostics);
        if (!diagnostics.sorted().isEmpty()) {
            throw new IllegalStateException("the built-in theme has mistakes: " + diagnostics.sorted());
        }
        return theme;
    }

    private static Theme load(Path override, String language, Diagnostics diagnostics) {
        List<Path> folders = new ArrayList<>();
        folders.add(BuiltInTheme.folder());
        if (override != null) {
            folders.add(override);
        }
        try {
            List<TemplateLoader> loaders = new ArrayList<>();
            if (override != null && Files.isDirectory(override.resolve("templates"))) {
                loaders.add(new FileTemplateLoader(override.resolve("templates").toFile()));
            }
            loaders.add(BuiltInTheme.templateLoader());
            Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
            configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
            configuration.setDefaultEncoding("UTF-8");
            configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
            configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            configuration.setLogTemplateExceptions(false);
            configuration.setWrapUncheckedExceptions(true);
            configuration.setFallbackOnNullLoopVariable(false);
            configuration.setNumberFormat("computer");
            configuration.setLocale(Locale.forLanguageTag(language));
            return new Theme(override, configuration, strings(folders, language, diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the theme " + override, e);
        }
    }

    /** The strings of {@code i18n/<language>.yaml} (else of the fallback language), later folders' keys winning. */
    private static Map<String, String> strings(List<Path> folders, String language, Diagnostics diagnostics) {
        String wanted = language + ".yaml";
        String name = folders.stream()
                        .anyMatch(folder -> Files.exists(folder.resolve("i18n").resolve(wanted)))
                ? wanted
                : FALLBACK_LANGUAGE + ".yaml";
        Map<String, String> strings = new TreeMap<>();
        for (Path folder : folders) {
            Path file = folder.resolve("i18n").resolve(name);
            if (Files.exists(file)) {
                String shown = folder == BuiltInTheme.folder()
                        ? BuiltInTheme.DISPLAY + "i18n/" + name
                        : SourcePosition.display(file);
                YamlFile.readMapping(file, shown, diagnostics)
                        .ifPresent(reader -> reader.mapping().entries().forEach((key, entry) -> {
                            if (entry.value() instanceof YamlNode.Scalar text && text.value() != null) {
                                strings.put(key, text.value().toString());
                            } else {
                                reader.wrongType(key, entry.value(), "text");
                            }
                        }));
            }
        }
        return Map.copyOf(strings);
    }

    /** The project's theme folder in front of the built-in theme, if there is one. */
    public Optional<Path> override() {
        return Optional.ofNullable(override);
    }

    /** The UI strings of the site language. */
    public Map<String, String> strings() {
        return strings;
    }

    /** A UI string, or the key itself when the theme lacks it (visible, never blank). */
    public String text(String key) {
        return strings.getOrDefault(key, key);
    }

    public Template template(String name) throws IOException {
        return freemarker.getTemplate(name);
    }

    /**
     * How diagnostics name the file of template {@code name}: the project's when it has one, else
     * the built-in one, e.g. {@code builtin:default/templates/page.ftlh}.
     */
    public String templateFile(String name) {
        Path own = override == null ? null : override.resolve("templates").resolve(name);
        return own != null && Files.exists(own)
                ? SourcePosition.display(own)
                : BuiltInTheme.DISPLAY + "templates/" + name;
    }

    /**
     * The theme's static files by their path under {@code static/} (forward slashes), sorted: the
     * built-in theme's and the project's, each from the project's folder when it has it.
     */
    public SortedMap<String, Path> staticFiles() {
        SortedMap<String, Path> files = new TreeMap<>();
        addStaticFiles(BuiltInTheme.folder(), files);
        if (override != null) {
            addStaticFiles(override, files);
        }
        return Collections.unmodifiableSortedMap(files);
    }

    private static void addStaticFiles(Path folder, SortedMap<String, Path> files) {
        Path root = folder.resolve("static");
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.put(root.relativize(file).toString().replace('\\', '/'), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
