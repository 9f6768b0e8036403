package org.opengazette.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Walks a content folder and classifies its files: {@code gazette/*.yaml} are issues,
 * {@code pages/*.md} are pages, and every other Markdown file is a document version. A folder
 * whose Markdown files are all named by date ({@code 2003-08-27.md}, or {@code undated.md}) is
 * one document with several versions. Hidden files and {@code README.md} are skipped; other
 * files are attachments, found later through the documents that list them.
 */
public final class ContentScanner {
    /** The folder of gazette issues, directly under the content folder. */
    public static final String ISSUES_FOLDER = "gazette";
    /** The folder of static pages, directly under the content folder. */
    public static final String PAGES_FOLDER = "pages";
    /** The key of a version whose date is unknown. */
    public static final String UNDATED = "undated";

    private static final Pattern VERSION_NAME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|" + UNDATED);

    private ContentScanner() {}

    public static ContentTree scan(Path contentDirectory) {
        List<ContentTree.DocumentFiles> documents = new ArrayList<>();
        List<Path> issues = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        scanFolder(contentDirectory, contentDirectory, documents, issues, pages);
        documents.sort(Comparator.comparing(ContentTree.DocumentFiles::sourcePath));
        issues.sort(Comparator.naturalOrder());
        pages.sort(Comparator.naturalOrder());
        return new ContentTree(List.copyOf(documents), List.copyOf(issues), List.copyOf(pages));
    }

    private static void scanFolder(
            Path root, Path folder, List<ContentTree.DocumentFiles> documents, List<Path> issues, List<Path> pages) {
        List<Path> children = list(folder);
        boolean topLevel = folder.equals(root);
        List<Path> markdown = new ArrayList<>();
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child)) {
                if (topLevel && name.equals(ISSUES_FOLDER)) {
                    list(child).stream()
                            .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                            .forEach(issues::add);
                } else if (topLevel && name.equals(PAGES_FOLDER)) {
                    list(child).stream().filter(ContentScanner::isMarkdown).forEach(pages::add);
                } else {
                    scanFolder(root, child, documents, issues, pages);
                }
            } else if (isMarkdown(child)) {
                markdown.add(child);
            }
        }
        if (markdown.isEmpty()) {
            return;
        }
        boolean versionFolder = !topLevel
                && markdown.stream()
                        .allMatch(p -> VERSION_NAME.matcher(baseName(p)).matches());
        if (versionFolder) {
            List<ContentTree.VersionFile> versions = markdown.stream()
                    .sorted(Comparator.comparing((Path p) -> !baseName(p).equals(UNDATED))
                            .thenComparing(ContentScanner::baseName))
                    .map(p -> new ContentTree.VersionFile(p, relative(root, p), baseName(p)))
                    .toList();
            documents.add(
                    new ContentTree.DocumentFiles(folder.getFileName().toString(), relative(root, folder), versions));
        } else {
            for (Path file : markdown) {
                documents.add(new ContentTree.DocumentFiles(
                        baseName(file),
                        relative(root, file),
                        List.of(new ContentTree.VersionFile(file, relative(root, file), ""))));
            }
        }
    }

    private static boolean isMarkdown(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".md") && !name.equalsIgnoreCase("README.md") && Files.isRegularFile(path);
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> stream = Files.list(folder)) {
            return stream.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
