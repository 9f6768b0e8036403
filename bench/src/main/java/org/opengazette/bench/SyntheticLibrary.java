package org.opengazette.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A library of any size made from the corpus, for measuring how the build and search grow: the
 * corpus itself (its paths unchanged, so its known-item queries still name their documents), then
 * copies of it under {@code copy-N/}, each document with an id, a title and a 发文字号 of its own
 * (the slug, the title and the number before 号 carry the copy's number), until the library holds
 * the number of files (versions; the corpus's 2,902) asked for. A document is a file or, with
 * several versions, a folder; a copy keeps whole documents, so the last may pass the number by a
 * few versions. The same corpus and size give the same files.
 *
 * <p>Arguments: corpus folder, output folder (replaced), number of versions.
 */
public final class SyntheticLibrary {
    private static final Pattern TITLE = Pattern.compile("^title:\\s*(\"?)(.*?)\\1\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^(doc_number:.*?)(\\d+)(号.*)$");

    private SyntheticLibrary() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path library = Path.of(args[1]);
        int versions = Integer.parseInt(args[2]);
        int written = write(corpus, library, versions);
        System.out.printf("synthetic-library: %d versions in %s%n", written, library);
    }

    /** Writes a library of {@code size} versions made from {@code corpus} to {@code library}; returns how many it wrote. */
    static int write(Path corpus, Path library, int size) throws IOException {
        Tree.delete(library);
        Files.createDirectories(library);
        List<Path> originals = documents(corpus);
        for (String name : List.of("queries.tsv", "queries-typed.tsv")) {
            if (Files.isRegularFile(corpus.resolve(name))) {
                Files.copy(corpus.resolve(name), library.resolve(name));
            }
        }
        int count = 0;
        for (int copy = 0; count < size; copy++) {
            for (Path original : originals) {
                if (count >= size) {
                    break;
                }
                count += copyDocument(corpus, original, library, copy);
            }
            if (originals.isEmpty()) {
                break;
            }
        }
        return count;
    }

    /** The corpus's documents, in path order: each Markdown file at a kind's top, and each version folder. */
    private static List<Path> documents(Path corpus) throws IOException {
        List<Path> documents = new ArrayList<>();
        try (Stream<Path> kinds = Files.list(corpus)) {
            for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> entries = Files.list(kind)) {
                    entries.filter(entry ->
                                    Files.isDirectory(entry) || entry.toString().endsWith(".md"))
                            .sorted()
                            .forEach(documents::add);
                }
            }
        }
        return documents;
    }

    /** Copies one document; returns its number of versions. */
    private static int copyDocument(Path corpus, Path original, Path library, int copy) throws IOException {
        Path relative = corpus.relativize(original);
        String name = relative.getFileName().toString();
        Path target = copy == 0
                ? library.resolve(relative)
                : library.resolve("copy-" + copy)
                        .resolve(relative.getParent())
                        .resolve(
                                name.endsWith(".md")
                                        ? name.substring(0, name.length() - 3) + "-c" + copy + ".md"
                                        : name + "-c" + copy);
        if (Files.isDirectory(original)) {
            try (Stream<Path> versions = Files.list(original)) {
                List<Path> files = versions.sorted().toList();
                for (Path version : files) {
                    copyFile(version, target.resolve(version.getFileName().toString()), copy);
                }
                return files.size();
            }
        }
        copyFile(original, target, copy);
        return 1;
    }

    private static void copyFile(Path source, Path target, int copy) {
        try {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Files.createDirectories(target.getParent());
            Files.writeString(target, copy == 0 ? text : renumbered(text, copy), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with the copy's number in its title and 发文字号 (front matter only). */
    static String renumbered(String text, int copy) {
        String[] lines = text.split("\n", -1);
        int fences = 0;
        for (int i = 0; i < lines.length && fences < 2; i++) {
            if (lines[i].equals("---")) {
                fences++;
                continue;
            }
            Matcher title = TITLE.matcher(lines[i]);
            Matcher number = NUMBER.matcher(lines[i]);
            if (title.matches()) {
                lines[i] = "title: \"" + title.group(2) + "（副本" + copy + "）\"";
            } else if (number.matches()) {
                long value = Long.parseLong(number.group(2)) + 10_000L * copy;
                lines[i] = number.group(1) + value + number.group(3);
            }
        }
        return String.join("\n", lines);
    }
}
