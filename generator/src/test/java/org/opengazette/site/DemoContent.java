package org.opengazette.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the demo content holds, read straight from the files (not through the generator's
 * loader), so that the end-to-end tests compare the site with an independent account of its
 * sources: documents and their versions, gazette issues, static pages.
 */
final class DemoContent {
    private static final Pattern VERSION_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}\\.md|undated\\.md");
    private static final Pattern ISSUE_FILE = Pattern.compile("(\\d{4})-(\\d+)\\.yaml");

    /**
     * A published document of the demo.
     *
     * @param id       its permanent id
     * @param versions the version keys (file dates) of a document with several versions, else empty
     * @param sources  its Markdown files, relative to content/
     */
    record Doc(String id, List<String> versions, List<String> sources) {
        boolean hasSeveralVersions() {
            return !versions.isEmpty();
        }
    }

    /** A gazette issue of the demo. */
    record Issue(int year, int number) {}

    private DemoContent() {}

    /** Every public document of a content folder (the scanner's rules: a folder of dated files is one document). */
    static List<Doc> documents(Path content) {
        List<Doc> documents = new ArrayList<>();
        for (Path folder : walk(content)) {
            String folderName = content.relativize(folder).toString().replace('\\', '/');
            if (!Files.isDirectory(folder)
                    || folderName.equals("gazette")
                    || folderName.equals("pages")
                    || folderName.startsWith(".")
                    || folderName.contains("/.")) {
                continue;
            }
            List<Path> markdown =
                    list(folder).stream().filter(DemoContent::isDocumentFile).toList();
            boolean versionFolder = !folder.equals(content)
                    && !markdown.isEmpty()
                    && markdown.stream()
                            .allMatch(p -> VERSION_FILE
                                    .matcher(p.getFileName().toString())
                                    .matches());
            if (versionFolder) {
                List<Path> visible =
                        markdown.stream().filter(DemoContent::isPublic).toList();
                if (visible.isEmpty()) {
                    continue;
                }
                List<String> keys = visible.stream()
                        .map(p -> p.getFileName().toString().replace(".md", ""))
                        .toList();
                String id = frontMatterId(visible.get(0))
                        .orElse(folder.getFileName().toString());
                documents.add(new Doc(
                        id,
                        visible.size() > 1 ? keys : List.of(),
                        visible.stream().map(p -> relative(content, p)).toList()));
            } else {
                for (Path file : markdown) {
                    if (isPublic(file)) {
                        String name = file.getFileName().toString();
                        documents.add(new Doc(
                                frontMatterId(file).orElse(name.substring(0, name.length() - 3)),
                                List.of(),
                                List.of(relative(content, file))));
                    }
                }
            }
        }
        documents.sort(java.util.Comparator.comparing(Doc::id));
        return documents;
    }

    private static boolean isDocumentFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md")
                && !name.equalsIgnoreCase("README.md")
                && !name.startsWith(".")
                && Files.isRegularFile(path);
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    static List<Issue> issues(Path content) {
        return list(content.resolve("gazette")).stream()
                .map(p -> ISSUE_FILE.matcher(p.getFileName().toString()))
                .filter(Matcher::matches)
                .map(m -> new Issue(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                .toList();
    }

    /** The slugs of the static pages. */
    static List<String> pages(Path content) {
        return list(content.resolve("pages")).stream()
                .map(p -> p.getFileName().toString())
                .filter(n -> n.endsWith(".md") && !n.equalsIgnoreCase("README.md"))
                .map(n -> n.substring(0, n.length() - 3))
                .toList();
    }

    private static boolean isPublic(Path file) {
        return frontMatterValue(file, "disclosure").map(v -> v.equals("public")).orElse(true);
    }

    private static Optional<String> frontMatterId(Path file) {
        return frontMatterValue(file, "id");
    }

    /** A top-level scalar of the front matter, unquoted; good enough for the demo's simple keys. */
    static Optional<String> frontMatterValue(Path file, String key) {
        String text = read(file);
        if (!text.startsWith("---")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        String yaml = end < 0 ? text : text.substring(0, end);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\s*(.+?)\\s*$")
                .matcher(yaml);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replaceAll("^[\"']|[\"']$", ""));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> walk(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
