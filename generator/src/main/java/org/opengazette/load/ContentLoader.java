package org.opengazette.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.BodyText;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Page;
import org.opengazette.model.UnreadDocument;
import org.opengazette.model.Version;
import org.opengazette.source.RawFrontMatter;

/**
 * Reads the whole content folder: every version file (in parallel), every issue and page.
 * Files that cannot be read at all are left out after their problems are reported, so one bad
 * file never hides the problems of the others; the documents they hold are remembered as
 * {@link UnreadDocument}s.
 */
public final class ContentLoader {
    private final Path contentDirectory;
    private final SiteConfig config;
    private final Function<Path, String> display;
    private final Diagnostics diagnostics;

    private final ReadMemory memory;
    private final Function<String, BodyText> keep;

    /** A loader that reads every file and holds every body in memory. */
    public ContentLoader(
            Path contentDirectory, SiteConfig config, Function<Path, String> display, Diagnostics diagnostics) {
        this(contentDirectory, config, display, diagnostics, null, BodyText::of);
    }

    /**
     * A loader that reads again only the version files changed since {@code memory}'s last load
     * (null: all), and hands each body it reads to {@code keep}, which holds it or stores it.
     */
    public ContentLoader(
            Path contentDirectory,
            SiteConfig config,
            Function<Path, String> display,
            Diagnostics diagnostics,
            ReadMemory memory,
            Function<String, BodyText> keep) {
        this.contentDirectory = contentDirectory;
        this.config = config;
        this.display = display;
        this.diagnostics = diagnostics;
        this.memory = memory;
        this.keep = keep;
    }

    public LoadedContent load() {
        ContentTree tree = ContentScanner.scan(contentDirectory);
        VersionReader versions = new VersionReader(config, diagnostics, keep);
        List<Document> documents = tree.documents().parallelStream()
                .map(files -> document(files, versions))
                .flatMap(Optional::stream)
                .toList();
        if (memory != null) {
            memory.endLoad();
        }
        Set<String> read = documents.stream().map(Document::sourcePath).collect(Collectors.toSet());
        List<UnreadDocument> unread = tree.documents().stream()
                .filter(files -> !read.contains(files.sourcePath()))
                .flatMap(files -> unread(files).stream())
                .toList();
        IssueReader issueReader = new IssueReader(config, diagnostics);
        List<GazetteIssue> issues = tree.issues().stream()
                .map(path ->
                        issueReader.read(path, ContentScanner.relative(contentDirectory, path), display.apply(path)))
                .flatMap(Optional::stream)
                .toList();
        PageReader pageReader = new PageReader(diagnostics);
        List<Page> pages = tree.pages().stream()
                .map(path ->
                        pageReader.read(path, ContentScanner.relative(contentDirectory, path), display.apply(path)))
                .flatMap(Optional::stream)
                .toList();
        return new LoadedContent(documents, issues, pages, unread);
    }

    /** A document none of whose files could be read, with the id and 发文字号 its first file shows. */
    private Optional<UnreadDocument> unread(ContentTree.DocumentFiles files) {
        ContentTree.VersionFile first = files.versions().get(0);
        return files.versions().stream()
                .flatMap(file -> diagnostics.firstError(display.apply(file.path())).stream())
                .findFirst()
                .map(error -> new UnreadDocument(
                        RawFrontMatter.value(first.path(), "id").orElse(files.defaultId()),
                        RawFrontMatter.value(first.path(), "doc_number").orElse(null),
                        error));
    }

    private Optional<Document> document(ContentTree.DocumentFiles files, VersionReader reader) {
        List<Version> versions = new ArrayList<>();
        for (ContentTree.VersionFile file : files.versions()) {
            String shown = display.apply(file.path());
            Optional<Version> version = memory == null
                    ? reader.read(file, shown, files.defaultId(), file.key())
                    : memory.read(
                            file.path(),
                            diagnostics,
                            own -> new VersionReader(config, own, keep)
                                    .read(file, shown, files.defaultId(), file.key()));
            version.ifPresent(versions::add);
        }
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        String id = versions.get(0).documentId();
        for (Version version : versions) {
            if (!version.documentId().equals(id)) {
                diagnostics.report(Problem.ID_MISMATCH, version.positionOf("id"), version.documentId(), id);
            }
        }
        List<Version> aligned = versions.stream()
                .map(v -> v.documentId().equals(id) ? v : withDocumentId(v, id))
                .toList();
        return Optional.of(new Document(id, files.sourcePath(), aligned));
    }

    private static Version withDocumentId(Version v, String id) {
        return new Version(
                id,
                v.key(),
                v.sourcePath(),
                v.title(),
                v.docNumber(),
                v.kind(),
                v.issuers(),
                v.dates(),
                v.explicitStatus(),
                v.statusNote(),
                v.indexNo(),
                v.topics(),
                v.gazette(),
                v.relations(),
                v.attachments(),
                v.disclosure(),
                v.aliases(),
                v.fields(),
                v.text(),
                v.bodyLine(),
                v.positions());
    }
}
