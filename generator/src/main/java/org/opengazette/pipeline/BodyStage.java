package org.opengazette.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opengazette.citation.CitationLinker;
import org.opengazette.citation.CitationResolver;
import org.opengazette.citation.CitationUse;
import org.opengazette.markdown.ArticleAnchors;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.model.BodyText;
import org.opengazette.model.Dates;
import org.opengazette.model.DocNumber;
import org.opengazette.model.Document;
import org.opengazette.model.Library;
import org.opengazette.model.Page;
import org.opengazette.model.Version;
import org.opengazette.model.structure.Article;
import org.opengazette.output.Fingerprint;
import org.opengazette.site.RenderedBodies;
import org.opengazette.site.Urls;

/**
 * Renders every body to HTML once (in parallel), anchoring the headings, articles and clauses of
 * document bodies ({@link ArticleAnchors}) and linking their citations; links
 * start with {@link Urls#ROOT}, which each page replaces with its way back to the root.
 *
 * <p>Remembers what it rendered: the next build reuses the HTML of a version that is unchanged
 * (the same record, body and dates included) unless one of its citations may now resolve
 * differently: it names a document whose citation target changed (its versions, titles, numbers,
 * dates or articles; or it was added or removed), or its text mentions such a document's old or new title or
 * number. A page is reused when its source is unchanged. With a {@link BodyCache}, a build in a
 * new process starts from what the last build stored there, recognising versions by their
 * {@link Fingerprint}, and each build stores what it rendered.
 */
final class BodyStage {
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final BodyCache cache;
    private final boolean remembers;
    /** The last build's bodies by source path (from the cache: without version, HTML or citations until read). */
    private Map<String, Body> versions = Map.of();

    private Map<Page, MarkdownRenderer.Rendered> pages = Map.of();
    private Map<String, Targets> citationTargets = Map.of();
    private int rendered;

    /** What citations of one document resolve against: the fingerprint of its versions' keys, titles, numbers and dates, and its names. */
    record Targets(String print, List<String> names) {}

    /**
     * What a citation of one version resolves against: its key, title, 发文字号 (as looked up),
     * dates and the numbers of its articles.
     */
    private record CitationTarget(String key, String title, String number, Dates dates, List<String> articles) {}

    /**
     * A citation as stored: where it stands, its words, the document and version it named (or
     * nulls), and the article it named (null for a whole document) and whether that version has it.
     */
    record Cited(int line, String text, String targetId, String versionKey, String article, boolean found) {}

    /**
     * A version's HTML and the citations found in it, with the version it was made from and that
     * version's fingerprint (each null when not known: a body read from the cache has no version).
     */
    private record Body(Version version, String print, MarkdownRenderer.Rendered html, List<Cited> citations) {}

    /**
     * The bodies of {@code library} (see {@link org.opengazette.site.RenderContext#bodies}) and the
     * citations found in them; close it when the build is done with the bodies (it deletes them
     * when they were kept on disk).
     */
    record Rendered(RenderedBodies bodies, List<CitationUse> citations) implements AutoCloseable {
        @Override
        public void close() {
            if (bodies instanceof SpilledBodies spilled) {
                spilled.close();
            }
        }
    }

    /** A stage that remembers only in memory. */
    BodyStage() {
        this(null, true);
    }

    /**
     * A stage that starts from, and stores into, {@code cache} (none when null); it keeps the
     * bodies in memory for the next build when it {@code remembers}, else keeps each build's
     * bodies on disk until the build closes them.
     */
    BodyStage(BodyCache cache, boolean remembers) {
        this.cache = cache;
        this.remembers = remembers;
        if (cache != null) {
            BodyCache.Index index = cache.index();
            Map<String, Body> stored = new HashMap<>();
            index.versions().forEach((path, print) -> stored.put(path, new Body(null, print, null, null)));
            versions = stored;
            citationTargets = index.targets();
        }
    }

    Rendered render(Library library) {
        Map<String, Targets> targets = citationTargets(library);
        Set<String> changedIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String id : union(targets.keySet(), citationTargets.keySet())) {
            Targets now = targets.get(id);
            Targets before = citationTargets.get(id);
            if (now == null || before == null || !now.print().equals(before.print())) {
                changedIds.add(id);
                names(now, names);
                names(before, names);
            }
        }
        Map<Page, MarkdownRenderer.Rendered> reusablePages = pages;
        CitationLinker linker = new CitationLinker(
                new CitationResolver(library), (document, version) -> Urls.ROOT + Urls.versionOf(document, version));
        Map<String, Body> next = new ConcurrentHashMap<>();
        Map<String, List<CitationUse>> uses = new ConcurrentHashMap<>();
        SpilledBodies spilled = remembers ? null : new SpilledBodies();
        AtomicInteger made = new AtomicInteger();
        library.documents().parallelStream().flatMap(d -> d.versions().stream()).forEach(version -> {
            Body body = reusable(versions.get(version.sourcePath()), version, changedIds, names);
            List<CitationUse> bound = body == null ? null : bound(body, version, library);
            if (bound == null) {
                List<CitationUse> found = Collections.synchronizedList(new ArrayList<>());
                MarkdownRenderer.Rendered html = markdown.render(version.body(), text -> {
                    ArticleAnchors.anchor(text);
                    found.addAll(linker.link(text, version));
                });
                bound = List.copyOf(found);
                body = new Body(
                        version,
                        print(version),
                        html,
                        bound.stream().map(BodyStage::cited).toList());
                if (body.print() != null) {
                    cache.store(body.print(), new BodyCache.Stored(html, body.citations()));
                }
                made.incrementAndGet();
            }
            if (spilled != null) {
                spilled.put(version.sourcePath(), body.html());
                body = new Body(null, body.print(), null, null);
            }
            next.put(version.sourcePath(), body);
            uses.put(version.sourcePath(), bound);
        });
        Map<Page, MarkdownRenderer.Rendered> nextPages = new ConcurrentHashMap<>();
        library.pages().parallelStream()
                .forEach(page -> nextPages.put(
                        page,
                        reusablePages.containsKey(page) ? reusablePages.get(page) : markdown.render(page.body())));

        List<CitationUse> citations = new ArrayList<>();
        next.keySet().forEach(path -> citations.addAll(uses.get(path)));
        rendered = made.get();
        store(next, targets);
        if (spilled != null) {
            nextPages.forEach((page, html) -> spilled.put(page.sourcePath(), html));
            versions = Map.of();
            pages = Map.of();
            citationTargets = Map.of();
            return new Rendered(spilled, Collections.unmodifiableList(citations));
        }
        Map<String, MarkdownRenderer.Rendered> bodies = new HashMap<>();
        next.forEach((path, body) -> bodies.put(path, body.html()));
        nextPages.forEach((page, html) -> bodies.put(page.sourcePath(), html));
        versions = next;
        pages = nextPages;
        citationTargets = targets;
        return new Rendered(RenderedBodies.of(bodies), Collections.unmodifiableList(citations));
    }

    /** How many version bodies the last {@link #render} rendered rather than reused. */
    int rendered() {
        return rendered;
    }

    /**
     * The remembered body of {@code version} (its HTML and citations read from the cache if need
     * be) when it was made from the same version and none of its citations may resolve differently
     * now; else null.
     */
    private Body reusable(Body previous, Version version, Set<String> changedIds, Set<String> names) {
        if (previous == null) {
            return null;
        }
        Body same;
        if (previous.version() != null) {
            same = previous.version().equals(version) ? previous : null;
        } else {
            String print = print(version);
            same = previous.print().equals(print)
                    ? cache.body(print)
                            .map(stored -> new Body(version, print, stored.html(), stored.citations()))
                            .orElse(null)
                    : null;
        }
        if (same == null
                || same.citations().stream().anyMatch(cited -> mayResolveDifferently(cited, changedIds, names))) {
            return null;
        }
        return same.version() == version ? same : new Body(version, same.print(), same.html(), same.citations());
    }

    /** The body's citations pointing at this build's documents, or null when one no longer can. */
    private static List<CitationUse> bound(Body body, Version version, Library library) {
        List<CitationUse> uses = new ArrayList<>(body.citations().size());
        for (Cited cited : body.citations()) {
            if (cited.targetId() == null) {
                uses.add(new CitationUse(version, cited.line(), cited.text(), null, null, null, true));
                continue;
            }
            Document target = library.document(cited.targetId()).orElse(null);
            if (target == null) {
                return null;
            }
            Version targetVersion = null;
            if (cited.versionKey() != null) {
                targetVersion = target.versions().stream()
                        .filter(v -> v.key().equals(cited.versionKey()))
                        .findFirst()
                        .orElse(null);
                if (targetVersion == null) {
                    return null;
                }
            }
            uses.add(new CitationUse(
                    version, cited.line(), cited.text(), target, targetVersion, cited.article(), cited.found()));
        }
        return uses;
    }

    private static Cited cited(CitationUse use) {
        return new Cited(
                use.line(),
                use.text(),
                use.target() == null ? null : use.target().id(),
                use.version() == null ? null : use.version().key(),
                use.article(),
                use.found());
    }

    /**
     * The version's fingerprint when bodies are cached (null otherwise, or when it has none): of
     * its record and its Markdown, however the body is kept.
     */
    private String print(Version version) {
        return cache == null
                ? null
                : Fingerprint.of(List.of(version.withText(BodyText.EMPTY), version.body()))
                        .orElse(null);
    }

    /** Writes the index of this build's bodies to the cache, and forgets the bodies it no longer uses. */
    private void store(Map<String, Body> next, Map<String, Targets> targets) {
        if (cache == null) {
            return;
        }
        Map<String, String> index = new HashMap<>();
        next.forEach((path, body) -> {
            if (body.print() != null) {
                index.put(path, body.print());
            }
        });
        Set<String> before = new HashSet<>();
        versions.values().forEach(body -> before.add(body.print()));
        if (index.size() == versions.size() && before.containsAll(index.values()) && targets.equals(citationTargets)) {
            return;
        }
        cache.save(new BodyCache.Index(index, targets));
        cache.deleteAllBut(new HashSet<>(index.values()));
    }

    /** What citations resolve against, by document id: its versions as {@link CitationTarget}s, fingerprinted. */
    private static Map<String, Targets> citationTargets(Library library) {
        Map<String, List<CitationTarget>> targets = new HashMap<>();
        for (Document document : library.documents()) {
            List<CitationTarget> entry = document.versions().stream()
                    .map(version -> new CitationTarget(
                            version.key(),
                            version.title(),
                            version.docNumber() == null ? null : DocNumber.lookupKey(version.docNumber()),
                            version.dates(),
                            version.structure().articles().stream()
                                    .map(Article::number)
                                    .toList()))
                    .toList();
            targets.merge(
                    document.id(),
                    entry,
                    (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
        Map<String, Targets> printed = new HashMap<>();
        targets.forEach((id, entry) -> printed.put(
                id,
                new Targets(
                        Fingerprint.of(entry).orElseThrow(),
                        entry.stream()
                                .flatMap(target -> Stream.of(target.title(), target.number()))
                                .filter(name -> name != null && !name.isEmpty())
                                .distinct()
                                .toList())));
        return printed;
    }

    /** The names of a document's targets (none when it has none), added to {@code names}. */
    private static void names(Targets targets, Set<String> names) {
        if (targets != null) {
            names.addAll(targets.names());
        }
    }

    /**
     * True when a remembered citation may resolve differently now: it named a changed document, or
     * its words and a changed document's old or new title or number contain one another.
     */
    private static boolean mayResolveDifferently(Cited cited, Set<String> changedIds, Set<String> names) {
        if (cited.targetId() != null && changedIds.contains(cited.targetId())) {
            return true;
        }
        if (names.isEmpty()) {
            return false;
        }
        String words = DocNumber.lookupKey(cited.text().replace("《", "").replace("》", ""));
        return names.stream().anyMatch(name -> words.contains(name) || name.contains(words));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
