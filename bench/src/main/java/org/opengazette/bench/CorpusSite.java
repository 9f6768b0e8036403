package org.opengazette.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** The site of a content folder, with search and without PDFs, that the search benchmarks measure. */
final class CorpusSite {
    private CorpusSite() {}

    /** Builds {@code content} into {@code site} unless {@code site} already holds {@code marker}. */
    static void buildUnlessThere(Path project, Path content, Path site, LocalDate asOf, String marker, String tag) {
        if (Files.isDirectory(site.resolve(marker))) {
            return;
        }
        System.out.println(tag + ": building " + content + " into " + site);
        BuildRequest request = BuildRequest.forProject(project)
                .withContent(content)
                .withOutput(site)
                .withAsOf(asOf);
        BuildResult result = Pipeline.build(request.withPdf(request.pdf().withEnabled(false)), ProgressListener.NONE);
        if (!result.success()) {
            throw new IllegalStateException("the corpus build failed");
        }
    }
}
