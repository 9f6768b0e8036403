package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden files of representative rendered pages of the demo site (as of {@link DemoSite#AS_OF}):
 * each page is normalized with jsoup (parsed, pretty-printed with a two-space indent, nothing
 * dropped) and compared with {@code generator/src/test/resources/golden/<name>.html}.
 *
 * <p>After an intended change of templates, rendering or demo content, rewrite the golden files
 * and review their diff before committing:
 * <pre>mvn -B -o -pl generator test -Dtest=GoldenPagesTest -Dgazette.updateGoldens=true</pre>
 */
class GoldenPagesTest {
    private static final boolean UPDATE = Boolean.getBoolean("gazette.updateGoldens");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "home,                      index.html",
        "document-single-version,   docs/department_rule-6a2df34e/index.html",
        "document-version-page,     docs/administrative_regulation-c92b2fd9/2013-12-11/index.html",
        "document-structure,        docs/law-5e4396d9/index.html",
        "gazette-issue,             gazette/2020/17/index.html",
        "browse-listing-paginated,  browse/status/in_force/page-3/index.html",
        "static-page,               pages/guide/index.html",
        "comparison-holidays,       docs/administrative_regulation-c92b2fd9/compare/2013-12-11-to-2024-11-10/index.html",
        "comparison-legislation-law, docs/law-5e4396d9/compare/2015-03-15-to-2023-03-13/index.html",
        "statistics,                statistics/index.html",
        "repealed-document,         docs/administrative_regulation-549d7478/index.html",
    })
    void renderedPageMatchesItsGoldenFile(String name, String page) throws IOException {
        String actual = normalize(SiteTree.demo().text(page));
        Path golden =
                DemoSite.repo().resolve("generator/src/test/resources/golden").resolve(name + ".html");
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(
                Files.isRegularFile(golden),
                "no golden file " + golden + ": run with -Dgazette.updateGoldens=true, " + "then review it");
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                actual,
                page + " differs from " + golden
                        + " (if the change is intended, rerun with -Dgazette.updateGoldens=true and review the diff)");
    }

    /** The page parsed and pretty-printed the same way on every platform. */
    static String normalize(String html) {
        Document document = Jsoup.parse(html);
        document.outputSettings()
                .prettyPrint(true)
                .indentAmount(2)
                .outline(false)
                .charset(StandardCharsets.UTF_8)
                .escapeMode(Entities.EscapeMode.base);
        return document.outerHtml().replace("\r\n", "\n") + "\n";
    }
}
