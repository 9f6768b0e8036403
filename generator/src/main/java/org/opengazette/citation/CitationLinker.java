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

/**
 * Turns the references in a rendered body into links to the version of the cited document in
 * force on the citing version's date. Text inside links, code and headings is left alone; a
 * document naming itself is neither linked nor reported.
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

    private void linkText(TextNode node, Version citing, LocalDate date, List<CitationUse> uses) {
        String text = node.getWholeText();
        List<Citation> citations = CitationFinder.find(text);
        TextNode rest = node;
        int consumed = 0;
        for (Citation citation : citations) {
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
            int start = text.indexOf(words, citation.start()) - consumed;
            int end = start + words.length();
            TextNode linked = start > 0 ? rest.splitText(start) : rest;
            // jsoup refuses to split at the very end of a text, so the last link needs no split.
            TextNode after = end - start < linked.getWholeText().length() ? linked.splitText(end - start) : null;
            Element anchor = new Element("a")
                    .attr("href", href.apply(target, version))
                    .addClass("citation")
                    .attr("title", version.title());
            linked.replaceWith(anchor);
            anchor.appendChild(linked);
            if (after == null) {
                break;
            }
            rest = after;
            consumed += end;
        }
    }

    /** The file line of the reference: its first occurrence in the Markdown body, else 0. */
    private static int lineOf(Version citing, String words) {
        int index = citing.body().indexOf(words);
        if (index < 0) {
            return 0;
        }
        int line = citing.bodyLine();
        for (int i = 0; i < index; i++) {
            if (citing.body().charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
