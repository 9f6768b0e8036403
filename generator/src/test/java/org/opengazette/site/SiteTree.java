package org.opengazette.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Reading a built site: its files (paths relative to the root, forward slashes), text, HTML and JSON. */
final class SiteTree {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    SiteTree(Path root) {
        this.root = root;
    }

    static SiteTree demo() {
        return new SiteTree(DemoSite.root());
    }

    Path root() {
        return root;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    boolean isFile(String relative) {
        return Files.isRegularFile(path(relative));
    }

    /** Every file of the site, sorted. */
    List<String> files() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file of the site, sorted. */
    List<String> htmlFiles() {
        return files().stream().filter(f -> f.endsWith(".html")).toList();
    }

    byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String relative) {
        return new String(bytes(relative), StandardCharsets.UTF_8);
    }

    /** An HTML file parsed with jsoup, its base URI the file's location (for {@code absUrl}). */
    Document html(String relative) {
        return Jsoup.parse(text(relative), path(relative).toUri().toString());
    }

    JsonNode json(String relative) {
        try {
            return JSON.readTree(bytes(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + relative, e);
        }
    }

    /**
     * The site path a relative link of {@code page} leads to (fragment and query dropped), or
     * null when it leaves the site.
     */
    String resolve(String page, String href) {
        String target = href.replaceAll("[#?].*$", "");
        Path resolved = path(page).getParent().resolve(target).normalize();
        if (!resolved.startsWith(root)) {
            return null;
        }
        return root.relativize(resolved).toString().replace('\\', '/');
    }

    /** True for the redirect pages of aliases (a meta refresh and nothing else to read). */
    static boolean isRedirect(Document page) {
        return page.selectFirst("meta[http-equiv=refresh]") != null;
    }
}
