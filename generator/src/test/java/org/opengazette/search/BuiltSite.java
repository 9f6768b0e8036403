package org.opengazette.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** Builds a site for search tests: the repository's demo, or its config and theme over other content. */
final class BuiltSite {
    /** The repository root (demo content and site-config). */
    static final Path REPO =
            Path.of(System.getProperty("gazette.repo", "..")).toAbsolutePath().normalize();
    /** The as-of date of test builds. */
    static final LocalDate AS_OF = LocalDate.parse("2026-11-28");

    private BuiltSite() {}

    /**
     * Builds {@code content} (the demo's when null) with the demo's config and theme into
     * {@code site}, without PDFs (search does not read them, and the corpus has 2,902).
     */
    static BuildResult build(Path content, Path site) {
        BuildRequest request = BuildRequest.forProject(REPO).withOutput(site).withAsOf(AS_OF);
        request = request.withPdf(request.pdf().withEnabled(false));
        if (content != null) {
            request = request.withContent(content);
        }
        BuildResult result = Pipeline.build(request, ProgressListener.NONE);
        assertTrue(result.success(), () -> "the build failed: " + result.diagnostics());
        return result;
    }
}
