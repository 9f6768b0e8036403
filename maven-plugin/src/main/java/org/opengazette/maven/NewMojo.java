package org.opengazette.maven;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.draft.DraftException;
import org.opengazette.draft.NewDocument;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.source.Placeholder;

/**
 * {@code mvn gazette:new -Dgazette.kind=rule}: the CLI's {@code gazette new}. Writes
 * {@code content/documents/<kind>/<id>.md} with every field the kind requires, each line with a
 * Chinese comment; fields to fill hold the placeholder that {@code gazette:check} reports.
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {
    /** A kind of site-config/kinds.yaml, by key or label (rule, 规章). */
    @Parameter(property = "gazette.kind", required = true)
    String kind;

    /** The title (default: the placeholder). */
    @Parameter(property = "gazette.title")
    String title;

    /** The id and file name (default: from an ASCII title, else KIND-DATE; -2, -3 … when taken). */
    @Parameter(property = "gazette.id")
    String id;

    /** The date of the date fields, YYYY-MM-DD (default: today). */
    @Parameter(property = "gazette.date")
    String date;

    /** The project folder holding content/ and site-config/. */
    @Parameter(property = "gazette.projectDirectory", defaultValue = "${basedir}")
    File projectDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BuildRequest layout = BuildRequest.forProject(projectDirectory.toPath());
        NewDocument.Draft draft;
        try {
            draft = NewDocument.create(
                    layout.content(),
                    NewDocument.siteConfig(layout.config()),
                    kind,
                    title == null || title.isBlank() ? null : title.strip(),
                    id,
                    date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date.strip()));
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("gazette.date must be a date YYYY-MM-DD, not \"" + date + "\"", e);
        } catch (DraftException e) {
            throw new MojoFailureException("gazette:new: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("gazette:new: " + e.getMessage(), e);
        }
        getLog().info("Wrote " + SourcePosition.display(draft.file()) + " ("
                + draft.kind().key() + " " + draft.kind().label() + ", id " + draft.id() + ")");
        getLog().info("Next: fill in every " + Placeholder.MARKER
                + ", then mvn gazette:serve to preview it and mvn validate to check it.");
    }
}
