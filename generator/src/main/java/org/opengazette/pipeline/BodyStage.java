package org.opengazette.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opengazette.citation.CitationLinker;
import org.opengazette.citation.CitationResolver;
import org.opengazette.citation.CitationUse;
import org.opengazette.markdown.MarkdownRenderer;
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
 * (the same record, body and dates included) as long as nothing a citation can resolve to has
 * changed (the ids, versions, titles, numbers and dates of every document). A page is reused when
 * its source is unchanged.
 */
final class BodyStage {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private Map<Version, Body> versions = Map.of();
    private Map<Page, MarkdownRenderer.Rendered> pages = Map.of();
    private List<List<Object>> citationTargets = List.of();
    private int rendered;

    /** A version's HTML and the citations found in it. */
    private record Body(MarkdownRenderer.Rendered html, List<CitationUse> citations) {
    }

    /** The bodies of {@code library}, keyed by source path (see {@link org.opengazette.site.RenderContext#bodies}). */
    record Rendered(Map<String, MarkdownRenderer.Rendered> bodies, List<CitationUse> citations) {
    }

    Rendered render(Library library) {
        List<List<Object>> targets = citationTargets(library);
        Map<Version, Body> reusable = targets.equals(citationTargets) ? versions : Map.of();
        Map<Page, MarkdownRenderer.Rendered> reusablePages = pages;
        CitationLinker linker = new CitationLinker(new CitationResolver(library),
                (document, version) -> Urls.ROOT + Urls.versionOf(document, version));
        Map<Version, Body> next = new ConcurrentHashMap<>();
        library.documents().parallelStream().flatMap(d -> d.versions().stream()).forEach(version -> {
            Body previous = reusable.get(version);
            next.put(version, previous != null ? rebound(previous, version, library) : render(version, linker));
        });
        Map<Page, MarkdownRenderer.Rendered> nextPages = new ConcurrentHashMap<>();
        library.pages().parallelStream().forEach(page -> nextPages.put(page,
                reusablePages.containsKey(page) ? reusablePages.get(page) : markdown.render(page.body())));

        Map<String, MarkdownRenderer.Rendered> bodies = new ConcurrentHashMap<>();
        List<CitationUse> citations = new ArrayList<>();
        next.forEach((version, body) -> {
            bodies.put(version.sourcePath(), body.html());
            citations.addAll(body.citations());
        });
        nextPages.forEach((page, html) -> bodies.put(page.sourcePath(), html));
        rendered = (int) next.entrySet().stream().filter(e -> !reusable.containsKey(e.getKey())).count();
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
        MarkdownRenderer.Rendered html = markdown.render(version.body(), body -> found.addAll(linker.link(body, version)));
        return new Body(html, List.copyOf(found));
    }

    /** The remembered body, its citations pointing at this build's documents (equal, but new objects). */
    private static Body rebound(Body body, Version version, Library library) {
        List<CitationUse> citations = body.citations().stream().map(use -> {
            if (use.target() == null) {
                return new CitationUse(version, use.line(), use.text(), null, null);
            }
            Document target = library.document(use.target().id()).orElseThrow();
            Version targetVersion = use.version() == null ? null : target.versions().stream()
                    .filter(v -> v.key().equals(use.version().key())).findFirst().orElseThrow();
            return new CitationUse(version, use.line(), use.text(), target, targetVersion);
        }).toList();
        return new Body(body.html(), citations);
    }

    /** What citations resolve against: every document's id and its versions' keys, titles, numbers and dates. */
    private static List<List<Object>> citationTargets(Library library) {
        List<List<Object>> targets = new ArrayList<>();
        for (Document document : library.documents()) {
            List<Object> entry = new ArrayList<>();
            entry.add(document.id());
            for (Version version : document.versions()) {
                entry.add(version.key());
                entry.add(String.valueOf(version.title()));
                entry.add(String.valueOf(version.docNumber()));
                entry.add(version.dates());
            }
            targets.add(entry);
        }
        return targets;
    }
}
