package org.opengazette.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * The repository's demo site, built once per test JVM into {@code generator/target/e2e/demo/site}
 * with a fixed as-of date and without git history, and helpers to build copies of the demo project. Surefire passes the
 * repository root as the system property {@code gazette.repo}; without it (a test started from an
 * IDE) the root is found by walking up from the working directory.
 */
final class DemoSite {
    /** The date every demo build shows statuses for. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    private static BuildResult built;

    private DemoSite() {}

    /** The repository root: {@code content/} and {@code site-config/} (the demo uses the built-in theme). */
    static Path repo() {
        String property = System.getProperty("gazette.repo");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("content")) && Files.isDirectory(dir.resolve("site-config"))) {
                return dir;
            }
        }
        throw new IllegalStateException("set -Dgazette.repo to the repository root");
    }

    /** The demo content folder. */
    static Path content() {
        return repo().resolve("content");
    }

    /** A scratch folder under {@code generator/target/e2e/}, emptied. */
    static Path scratch(String name) {
        Path folder =
                repo().resolve("generator").resolve("target").resolve("e2e").resolve(name);
        FileTrees.delete(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** The demo site's root folder, built on first use. */
    static Path root() {
        return result().output();
    }

    /** The result of the demo build (it succeeded: this throws otherwise, with the diagnostics). */
    static synchronized BuildResult result() {
        if (built == null) {
            BuildResult result = build(repo(), scratch("demo").resolve("site"), AS_OF);
            if (!result.success()) {
                throw new IllegalStateException("the demo site does not build:\n" + result.diagnostics());
            }
            built = result;
        }
        return built;
    }

    /**
     * Builds the project folder (standard layout) into {@code output} as of {@code asOf}, without
     * git history: the demo's history is this repository's, which every commit changes (the golden
     * pages would follow it). {@code HistoryBuildTest} tests history on repositories of its own.
     */
    static BuildResult build(Path project, Path output, LocalDate asOf) {
        return Pipeline.build(
                BuildRequest.forProject(project)
                        .withOutput(output)
                        .withAsOf(asOf)
                        .withHistory(false),
                ProgressListener.NONE);
    }

    /** Copies the demo project (content, site-config; it has no themes/) into {@code target}; returns it. */
    static Path copyProject(Path target) {
        for (String part : new String[] {"content", "site-config"}) {
            FileTrees.copy(repo().resolve(part), target.resolve(part));
        }
        return target;
    }
}
