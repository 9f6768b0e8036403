package org.opengazette.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.pipeline.BuildRequest;
import picocli.CommandLine.Option;

/** The options shared by {@code build} and {@code check}: where the inputs are and the as-of date. */
final class InputOptions {
    @Option(
            names = "--project",
            paramLabel = "DIR",
            defaultValue = ".",
            description =
                    "Project folder holding content/, site-config/ and, optionally, themes/ (default: the current folder).")
    Path project;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: PROJECT/content).")
    Path content;

    @Option(names = "--config", paramLabel = "DIR", description = "Site-config folder (default: PROJECT/site-config).")
    Path config;

    @Option(
            names = "--theme",
            paramLabel = "DIR",
            description = "Theme folder, or a folder of themes (default: PROJECT/themes, theme named in site.yaml), "
                    + "whose files override the built-in theme's.")
    Path theme;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: PROJECT/target/site).")
    Path out;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "Show statuses as of this date (default: today). Same inputs and date give identical output.")
    LocalDate asOf;

    @Option(names = "--strict", description = "Fail on warnings too.")
    boolean strict;

    BuildRequest request() {
        BuildRequest request = BuildRequest.forProject(project);
        if (content != null) {
            request = request.withContent(content);
        }
        if (config != null) {
            request = request.withConfig(config);
        }
        if (theme != null) {
            request = request.withThemes(theme);
        }
        if (out != null) {
            request = request.withOutput(out);
        }
        return request.withAsOf(asOf).withStrict(strict);
    }
}
