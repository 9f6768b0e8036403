package org.opengazette.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What to build, with every path resolved. Use {@link #forProject(Path)} for the standard layout
 * (a project folder holding {@code content/}, {@code site-config/} and {@code themes/}) and the
 * {@code with…} methods to override parts of it.
 *
 * @param content    the content folder
 * @param config     the site-config folder
 * @param themes     the folder holding themes (the theme named in site.yaml is looked up here), or
 *                   one theme folder itself when it contains {@code templates/}
 * @param output     where the site goes
 * @param asOf       the date the site shows statuses for; null means today
 * @param strict     fail on warnings too
 */
public record BuildRequest(Path content, Path config, Path themes, Path output, LocalDate asOf, boolean strict) {

    /** The standard layout of a project folder; the site goes to {@code target/site}. */
    public static BuildRequest forProject(Path project) {
        return new BuildRequest(project.resolve("content"), project.resolve("site-config"), project.resolve("themes"),
                project.resolve("target").resolve("site"), null, false);
    }

    public BuildRequest withContent(Path folder) {
        return new BuildRequest(folder, config, themes, output, asOf, strict);
    }

    public BuildRequest withConfig(Path folder) {
        return new BuildRequest(content, folder, themes, output, asOf, strict);
    }

    public BuildRequest withThemes(Path folder) {
        return new BuildRequest(content, config, folder, output, asOf, strict);
    }

    public BuildRequest withOutput(Path folder) {
        return new BuildRequest(content, config, themes, folder, asOf, strict);
    }

    public BuildRequest withAsOf(LocalDate date) {
        return new BuildRequest(content, config, themes, output, date, strict);
    }

    public BuildRequest withStrict(boolean failOnWarnings) {
        return new BuildRequest(content, config, themes, output, asOf, failOnWarnings);
    }

    /** The as-of date, today when none was given. */
    public LocalDate effectiveAsOf() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
