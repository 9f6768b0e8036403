package org.opengazette.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opengazette.model.structure.Article;
import org.opengazette.model.structure.Clause;
import org.opengazette.model.structure.Heading;
import org.opengazette.model.structure.Structure;
import org.opengazette.model.structure.StructureParser;

class ArticleAnchorsTest {
    private static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));
    private static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void everyArticleIsASectionNamedByItsLabelWithItsClausesAndALinkToItself() throws IOException {
        String body = body(REPO.resolve("content/documents/law/law-5e4396d9/2023-03-13.md"));
        Document html = Jsoup.parseBodyFragment(
                renderer.render(body, ArticleAnchors::anchor).html());

        Element tenth = html.getElementById("第十条");
        assertEquals("section", tenth.normalName());
        assertEquals("article", tenth.className());
        assertEquals("第十条", tenth.attr("aria-label"));
        Element link = tenth.child(0);
        assertEquals("#第十条", link.attr("href"));
        assertEquals("article-link", link.className());
        assertEquals(
                List.of("第十条第一款", "第十条第二款", "第十条第三款", "第十条第四款"),
                tenth.select("> p").eachAttr("id"));
        assertTrue(tenth.child(1).text().startsWith("第十条 全国人民代表大会和全国人民代表大会常务委员会"));
        assertEquals(12, html.getElementById("第十一条").select("> p").size(), "the clause and its 11 items");
        assertEquals("h3", html.getElementById("第二章第一节").normalName());
        assertEquals(120, html.select("section.article").size());
    }

    /**
     * For every document of the corpus, the rendered body carries exactly the anchors the
     * version's structure was read with, in the same order: the 目录, citations and comparisons
     * use the structure, the page the HTML. Every id of the body is unique.
     */
    @Test
    void theAnchorsOfEveryCorpusBodyAreThoseOfItsStructure() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS),
                "skipped: the developers' corpus is not at "
                        + CORPUS.toAbsolutePath().normalize() + " (set -Dgazette.corpus=DIR)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".md")
                            && !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
        int articles = 0;
        for (int i = 0; i < files.size(); i += 10) {
            String body = body(files.get(i));
            Structure structure = StructureParser.parse(body);
            Document html = Jsoup.parseBodyFragment(
                    renderer.render(body, ArticleAnchors::anchor).html());
            String file = files.get(i).toString();
            assertEquals(
                    structure.articles().stream().map(Article::id).toList(),
                    html.select("section.article").eachAttr("id"),
                    file);
            assertEquals(
                    structure.articles().stream()
                            .flatMap(a -> a.clauses().stream())
                            .map(Clause::id)
                            .toList(),
                    html.select("section.article > p[id]").eachAttr("id"),
                    file);
            List<String> headings = new ArrayList<>();
            html.select("h1, h2, h3, h4, h5, h6").forEach(h -> headings.add(h.id()));
            assertEquals(structure.headings().stream().map(Heading::id).toList(), headings, file);
            List<String> ids = html.select("[id]").eachAttr("id");
            assertEquals(ids.size(), ids.stream().distinct().count(), file + ": ids are unique");
            articles += structure.articles().size();
        }
        assertTrue(articles > 10_000, "the sample holds " + articles + " articles");
    }

    private static String body(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf("\n---", 4);
        return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
    }
}
