package org.opengazette.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The theme that ships inside the generator, {@value #NAME}: the class-path folder
 * {@value #RESOURCE} as a {@link Path} — the plain folder when the generator runs from its
 * classes, a folder of the jar's zip file system otherwise (the runnable jar, Maven's plugin class
 * loader). Every theme is layered over it.
 */
public final class BuiltInTheme {
    /** The name of the built-in theme in {@code site.yaml}'s {@code theme:}. */
    public static final String NAME = "default";

    static final String RESOURCE = "org/opengazette/theme/" + NAME;

    /** How diagnostics name a file of the built-in theme, e.g. {@code builtin:default/templates/page.ftlh}. */
    static final String DISPLAY = "builtin:" + NAME + "/";

    private BuiltInTheme() {}

    /** The built-in theme's folder (opened once: a jar's file system stays open). */
    public static Path folder() {
        return Folder.PATH;
    }

    /** The built-in theme's files, as paths relative to its folder with forward slashes, sorted. */
    public static List<String> files() {
        try (Stream<Path> walk = Files.walk(folder())) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> folder().relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the built-in theme", e);
        }
    }

    /** Loads the built-in theme's templates from the class path. */
    static TemplateLoader templateLoader() {
        return new ClassTemplateLoader(BuiltInTheme.class.getClassLoader(), RESOURCE + "/templates");
    }

    private static final class Folder {
        static final Path PATH = locate();

        private static Path locate() {
            URL url = BuiltInTheme.class.getClassLoader().getResource(RESOURCE);
            if (url == null) {
                throw new IllegalStateException(
                        "the generator has no built-in theme: " + RESOURCE + " is not on the class path");
            }
            try {
                if (url.getProtocol().equals("jar")) {
                    JarURLConnection entry = (JarURLConnection) url.openConnection();
                    Path jar = Path.of(entry.getJarFileURL().toURI());
                    return FileSystems.newFileSystem(jar).getPath("/" + entry.getEntryName());
                }
                return Path.of(url.toURI());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the built-in theme at " + url, e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot open the built-in theme at " + url, e);
            }
        }
    }
}
