package org.opengazette.citation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.opengazette.model.Document;
import org.opengazette.model.Version;
import org.opengazette.model.structure.ArticleNumber;

/**
 * Turns the references in a rendered body into links to the version of the cited document in
 * force on the citing version's date, and a reference to one of its articles ({@code 《…》第十条},
 * {@code 第十条第二款}, both ends of {@code 第十条至第十二条}) into a link to that article in that
 * version; {@code 本法第十条} links to the citing version's own article. A reference to an article
 * the version does not have stays text and is reported. Text inside links, code and headings is
 * left alone; a document naming itself by title or number is neither linked nor reported.
 */
public final class CitationLinker {
    /** Elements whose text is never linked: links already, code, headings. */
    private static final java.util.Set<String> SKIPPED =
            java.util.Set.of("a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6");

    private final CitationResolver resolver;
    private final BiFunction<Document, Version, String> href;

    /**
     * @param resolver resolves references against the published library
     * @param href     the link to a version of a document, as the body will contain it
     */
    public CitationLinker(CitationResolver resolver, BiFunction<Document, Version, String> href) {
        this.resolver = resolver;
        this.href = href;
    }

    /** Links the references in a rendered body, in place, and returns every reference found. */
    public List<CitationUse> link(Element body, Version citing) {
        List<CitationUse> uses = new ArrayList<>();
        List<TextNode> texts = new ArrayList<>();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element && SKIPPED.contains(element.normalName())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text) {
                    texts.add(text);
                }
                return FilterResult.CONTINUE;
            }
        });
        LocalDate date = citing.dates().primary();
        for (TextNode text : texts) {
            linkText(text, citing, date, uses);
        }
        return List.copyOf(uses);
    }

    /** A stretch of a text to link. */
    private record Span(int start, int end, String href, String title) {}

    private void linkText(TextNode node, Version citing, LocalDate date, List<CitationUse> uses) {
        String text = node.getWholeText();
        List<Span> spans = new ArrayList<>();
        for (Citation citation : CitationFinder.find(text)) {
            Optional<CitationResolver.Resolution> resolution = resolver.resolve(citation);
            if (resolution.isPresent() && resolution.get().document().id().equals(citing.documentId())) {
                continue;
            }
            Document target =
                    resolution.map(CitationResolver.Resolution::document).orElse(null);
            Version version = target == null ? null : date != null ? target.versionOn(date) : target.latest();
            String words = resolution.map(CitationResolver.Resolution::words).orElse(resolver.displayText(citation));
            uses.add(new CitationUse(citing, lineOf(citing, words), words, target, version));
            if (target == null) {
                continue;
            }
            int start = text.indexOf(words, citation.start());
            String page = href.apply(target, version);
            spans.add(new Span(start, start + words.length(), page, version.title()));
            if (citation.kind() == Citation.Kind.TITLE) {
                for (ArticleReference reference : ArticleReferences.at(text, citation.end())) {
                    String cited = text.substring(reference.start(), reference.end());
                    Optional<String> anchor = anchor(version, reference);
                    uses.add(articleUse(citing, words, cited, target, version, reference, anchor));
                    anchor.ifPresent(id -> spans.add(
                            new Span(reference.start(), reference.end(), page + "#" + id, version.title() + cited)));
                }
            }
        }
        Document own = resolver.document(citing.documentId()).orElse(null);
        if (own != null) {
            for (ArticleReference reference : ArticleReferences.own(text)) {
                Optional<String> anchor = anchor(citing, reference);
                if (anchor.isPresent()) {
                    spans.add(new Span(reference.start(), reference.end(), "#" + anchor.get(), null));
                } else {
                    String cited = text.substring(reference.start(), reference.end());
                    uses.add(articleUse(citing, "", cited, own, citing, reference, anchor));
                }
            }
        }
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        TextNode rest = node;
        int consumed = 0;
        for (Span span : spans) {
            if (span.start() < consumed) {
                continue;
            }
            TextNode linked = span.start() > consumed ? rest.splitText(span.start() - consumed) : rest;
            // jsoup refuses to split at the very end of a text, so the last link needs no split.
            TextNode after = span.end() - span.start() < linked.getWholeText().length()
                    ? linked.splitText(span.end() - span.start())
                    : null;
            Element anchor = new Element("a").attr("href", span.href()).addClass("citation");
            if (span.title() != null) {
                anchor.attr("title", span.title());
            }
            linked.replaceWith(anchor);
            anchor.appendChild(linked);
            if (after == null) {
                break;
            }
            rest = after;
            consumed = span.end();
        }
    }

    /**
     * The anchor a reference to an article of {@code version} links to: the clause's when the
     * version has it, else the article's; empty when the version has no such article.
     */
    private static Optional<String> anchor(Version version, ArticleReference reference) {
        return version.structure().article(reference.article()).map(article -> {
            if (reference.clause() != null) {
                long number = ArticleNumber.value(
                        reference.clause().substring(1, reference.clause().length() - 1));
                if (number >= 1 && number <= article.clauses().size()) {
                    return article.clauses().get((int) number - 1).id();
                }
            }
            return article.id();
        });
    }

    /** A reference to an article: to its anchor when found, else to the article as cited (reported). */
    private static CitationUse articleUse(
            Version citing,
            String words,
            String cited,
            Document target,
            Version version,
            ArticleReference reference,
            Optional<String> anchor) {
        int line = lineOf(citing, words + cited);
        return new CitationUse(
                citing,
                line > 0 ? line : lineOf(citing, cited),
                words + cited,
                target,
                version,
                anchor.orElse(reference.article() + (reference.clause() == null ? "" : reference.clause())),
                anchor.isPresent());
    }

    /** The file line of the reference: its first occurrence in the Markdown body, else 0. */
    private static int lineOf(Version citing, String words) {
        String body = citing.body();
        int index = body.indexOf(words);
        if (index < 0) {
            return 0;
        }
        int line = citing.bodyLine();
        for (int i = 0; i < index; i++) {
            if (body.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
