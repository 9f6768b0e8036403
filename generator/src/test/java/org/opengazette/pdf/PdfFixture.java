package org.opengazette.pdf;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * The PDF test site: the repository's site-config and default theme with the four corpus
 * documents of {@code src/test/resources/pdf/content} (three of them in gazette issue 2020-16).
 * Built once per test JVM, cold (a fresh PDF cache), into {@code target/pdf-tests/}; the test
 * classes share it so that the suite renders each PDF once.
 */
final class PdfFixture {
    static final Path REPO = Path.of(System.getProperty("gazette.repo", ".."));
    static final Path WORK = Path.of("target", "pdf-tests").toAbsolutePath();
    static final LocalDate AS_OF = LocalDate.parse("2026-11-28");

    static final String REGULATION = "administrative_regulation-37b86c82";
    static final String NOTICE = "department_rule-6a2df34e";
    static final String INTERPRETATION = "judicial_interpretation-2d7a8d8d";
    static final String PRIVATE_USE = "local_regulation-bcca3f71";
    static final String ISSUE_PDF = "gazette/2020/16/gazette-2020-16.pdf";

    private static Built built;

    private PdfFixture() {}

    /** The first build: site, cache and result. */
    record Built(Path content, Path site, Path cache, BuildResult result) {
        Path pdf(String id) {
            return site.resolve("docs").resolve(id).resolve(id + ".pdf");
        }

        Path source(String id) {
            return content.resolve("documents").resolve(id + ".md");
        }
    }

    static synchronized Built get() {
        if (built == null) {
            try {
                FileTrees.delete(WORK);
                Path content = WORK.resolve("content");
                FileTrees.copy(
                        Path.of(PdfFixture.class.getResource("/pdf/content").toURI()), content);
                Path site = WORK.resolve("site");
                Path cache = WORK.resolve("cache");
                BuildResult result = Pipeline.build(request(content, site, cache), ProgressListener.NONE);
                if (!result.success()) {
                    throw new IllegalStateException("the fixture site did not build: " + result.diagnostics());
                }
                built = new Built(content, site, cache, result);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return built;
    }

    /** A build of {@code content} with the repository's config and theme, PDFs cached in {@code cache}. */
    static BuildRequest request(Path content, Path site, Path cache) {
        BuildRequest request = BuildRequest.forProject(REPO)
                .withContent(content)
                .withOutput(site)
                .withAsOf(AS_OF);
        return request.withPdf(request.pdf().withCacheDirectory(cache));
    }
}
