package org.opengazette.site;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme folder: {@code templates/*.ftlh} (Freemarker, HTML auto-escaped), {@code static/}
 * (CSS, JavaScript, images, copied to {@code assets/}) and {@code i18n/<language>.yaml} (the UI
 * strings, a flat map). Thread-safe once loaded.
 */
public final class Theme {
    private static final String FALLBACK_LANGUAGE = "zh-CN";

    private final Path folder;
    private final Configuration freemarker;
    private final Map<String, String> strings;

    private Theme(Path folder, Configuration freemarker, Map<String, String> strings) {
        this.folder = folder;
        this.freemarker = freemarker;
        this.strings = strings;
    }

    /**
     * Finds the theme: {@code location} itself when it holds {@code templates/}, else
     * {@code location/<name>}.
     */
    public static Optional<Path> locate(Path location, String name) {
        if (Files.isDirectory(location.resolve("templates"))) {
            return Optional.of(location);
        }
        Path named = location.resolve(name);
        return Files.isDirectory(named.resolve("templates")) ? Optional.of(named) : Optional.empty();
    }

    /** Loads a located theme for a site language. */
    public static Theme load(Path folder, String language) {
        try {
            Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
            configuration.setDirectoryForTemplateLoading(
                    folder.resolve("templates").toFile());
            configuration.setDefaultEncoding("UTF-8");
            configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
            configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            configuration.setLogTemplateExceptions(false);
            configuration.setWrapUncheckedExceptions(true);
            configuration.setFallbackOnNullLoopVariable(false);
            configuration.setNumberFormat("computer");
            configuration.setLocale(Locale.forLanguageTag(language));
            return new Theme(folder, configuration, strings(folder, language));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the theme " + folder, e);
        }
    }

    private static Map<String, String> strings(Path folder, String language) throws IOException {
        Path file = folder.resolve("i18n").resolve(language + ".yaml");
        if (!Files.exists(file)) {
            file = folder.resolve("i18n").resolve(FALLBACK_LANGUAGE + ".yaml");
        }
        if (!Files.exists(file)) {
            return Map.of();
        }
        Map<String, String> read =
                new YAMLMapper().readValue(file.toFile(), new TypeReference<TreeMap<String, String>>() {});
        return Map.copyOf(read);
    }

    public Path folder() {
        return folder;
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

    /** The theme's static files, as paths relative to {@code static/}, sorted. */
    public List<Path> staticFiles() {
        Path root = folder.resolve("static");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(root::relativize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path staticFile(Path relative) {
        return folder.resolve("static").resolve(relative);
    }
}
