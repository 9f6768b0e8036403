package org.opengazette.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opengazette.citation.CitationLinker;
import org.opengazette.citation.CitationResolver;
import org.opengazette.citation.CitationUse;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.Dates;
import org.opengazette.model.DocNumber;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Page;
import org.opengazette.model.Version;
import org.opengazette.site.Urls;

/**
 * Renders every body to HTML once (in parallel), linking the citations in document bodies; links
 * start with {@link Urls#ROOT}, which each page replaces with its way back to the root.
 *
 * <p>Remembers what it rendered: the next build reuses the HTML of a version that is unchanged
 * (the same record, body and dates included) unless one of its citations may now resolve
 * differently: it names a document whose citation target changed (its versions, titles, numbers or
 * dates; or it was added or removed), or its text mentions such a document's old or new title or
 * number. A page is reused when its source is unchanged.
 */
final class BodyStage {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** The last render's bodies by source path, each with the version it was made from. */
    private Map<String, Body> versions = Map.of();

    private Map<Page, MarkdownRenderer.Rendered> pages = Map.of();
    private Map<String, List<CitationTarget>> citationTargets = Map.of();
    private int rendered;

    /** What a citation of one version resolves against: its key, title, 发文字号 (as looked up) and dates. */
    private record CitationTarget(String key, String title, String number, Dates dates) {}

    /** A version's HTML and the citations found in it. */
    private record Body(Version version, MarkdownRenderer.Rendered html, List<CitationUse> citations) {}

    /** The bodies of {@code library}, keyed by source path (see {@link org.opengazette.site.RenderContext#bodies}). */
    record Rendered(Map<String, MarkdownRenderer.Rendered> bodies, List<CitationUse> citations) {}

    Rendered render(Library library) {
        Map<String, List<CitationTarget>> targets = citationTargets(library);
        Set<String> changedIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String id : union(targets.keySet(), citationTargets.keySet())) {
            List<CitationTarget> now = targets.get(id);
            List<CitationTarget> before = citationTargets.get(id);
            if (!Objects.equals(now, before)) {
                changedIds.add(id);
                names(now, names);
                names(before, names);
            }
        }
        Map<String, Body> reusable = new HashMap<>();
        versions.forEach((path, body) -> {
            if (body.citations().stream().noneMatch(use -> mayResolveDifferently(use, changedIds, names))) {
                reusable.put(path, body);
            }
        });
        Map<Page, MarkdownRenderer.Rendered> reusablePages = pages;
        CitationLinker linker = new CitationLinker(
                new CitationResolver(library), (document, version) -> Urls.ROOT + Urls.versionOf(document, version));
        Map<String, Body> next = new ConcurrentHashMap<>();
        AtomicInteger made = new AtomicInteger();
        library.documents().parallelStream().flatMap(d -> d.versions().stream()).forEach(version -> {
            Body previous = reusable.get(version.sourcePath());
            if (previous != null && previous.version().equals(version)) {
                next.put(version.sourcePath(), rebound(previous, version, library));
            } else {
                next.put(version.sourcePath(), render(version, linker));
                made.incrementAndGet();
            }
        });
        Map<Page, MarkdownRenderer.Rendered> nextPages = new ConcurrentHashMap<>();
        library.pages().parallelStream()
                .forEach(page -> nextPages.put(
                        page,
                        reusablePages.containsKey(page) ? reusablePages.get(page) : markdown.render(page.body())));

        Map<String, MarkdownRenderer.Rendered> bodies = new ConcurrentHashMap<>();
        List<CitationUse> citations = new ArrayList<>();
        next.forEach((path, body) -> {
            bodies.put(path, body.html());
            citations.addAll(body.citations());
        });
        nextPages.forEach((page, html) -> bodies.put(page.sourcePath(), html));
        rendered = made.get();
        versions = next;
        pages = nextPages;
        citationTargets = targets;
        return new Rendered(bodies, Collections.unmodifiableList(citations));
    }

    /** How many version bodies the last {@link #render} rendered rather than reused. */
    int rendered() {
        return rendered;
    }

    private Body render(Version version, CitationLinker linker) {
        List<CitationUse> found = Collections.synchronizedList(new ArrayList<>());
        MarkdownRenderer.Rendered html =
                markdown.render(version.body(), body -> found.addAll(linker.link(body, version)));
        return new Body(version, html, List.copyOf(found));
    }

    /** The remembered body, its citations pointing at this build's documents (equal, but new objects). */
    private static Body rebound(Body body, Version version, Library library) {
        List<CitationUse> citations = body.citations().stream()
                .map(use -> {
                    if (use.target() == null) {
                        return new CitationUse(version, use.line(), use.text(), null, null);
                    }
                    Document target = library.document(use.target().id()).orElseThrow();
                    Version targetVersion = use.version() == null
                            ? null
                            : target.versions().stream()
                                    .filter(v -> v.key().equals(use.version().key()))
                                    .findFirst()
                                    .orElseThrow();
                    return new CitationUse(version, use.line(), use.text(), target, targetVersion);
                })
                .toList();
        return new Body(version, body.html(), citations);
    }

    /** What citations resolve against, by document id: each of its versions as a {@link CitationTarget}. */
    private static Map<String, List<CitationTarget>> citationTargets(Library library) {
        Map<String, List<CitationTarget>> targets = new HashMap<>();
        for (Document document : library.documents()) {
            List<CitationTarget> entry = document.versions().stream()
                    .map(version -> new CitationTarget(
                            version.key(),
                            version.title(),
                            version.docNumber() == null ? null : DocNumber.lookupKey(version.docNumber()),
                            version.dates()))
                    .toList();
            targets.merge(
                    document.id(),
                    entry,
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        return targets;
    }

    /** The titles and numbers of a document's targets (none when it has none), added to {@code names}. */
    private static void names(List<CitationTarget> targets, Set<String> names) {
        if (targets == null) {
            return;
        }
        for (CitationTarget target : targets) {
            Stream.of(target.title(), target.number())
                    .filter(name -> name != null && !name.isEmpty())
                    .forEach(names::add);
        }
    }

    /**
     * True when a remembered citation may resolve differently now: it named a changed document, or
     * its words and a changed document's old or new title or number contain one another.
     */
    private static boolean mayResolveDifferently(CitationUse use, Set<String> changedIds, Set<String> names) {
        if (use.target() != null && changedIds.contains(use.target().id())) {
            return true;
        }
        if (names.isEmpty()) {
            return false;
        }
        String words = DocNumber.lookupKey(use.text().replace("《", "").replace("》", ""));
        return names.stream().anyMatch(name -> words.contains(name) || name.contains(words));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
