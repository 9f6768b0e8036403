package org.opengazette.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.opengazette.output.SiteArchive;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * Publishes the gazette into {@code outputDirectory} ({@code target/site}); bound to {@code mvn site}.
 * With {@code archive}, also zips the published site into {@code archiveFile} (with a
 * {@code .sha256} beside it) and attaches it to the project (classifier {@code site}), so that
 * {@code mvn deploy} uploads it to the project's repository.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractGazetteMojo {
    /** Also write the site as one zip file, with its SHA-256 beside it. */
    @Parameter(property = "gazette.archive", defaultValue = "false")
    boolean archive;

    /** Where the zip of the site goes. */
    @Parameter(
            property = "gazette.archiveFile",
            defaultValue = "${project.build.directory}/${project.artifactId}-site-${project.version}.zip")
    File archiveFile;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Component
    MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("OpenGazette build skipped");
            return;
        }
        ProgressListener progress = (stage, detail) -> getLog().debug("gazette: " + stage + " " + detail);
        BuildResult result = Pipeline.build(request(), progress);
        report(result);
        getLog().info("Site: " + result.output().toAbsolutePath().normalize().resolve("index.html"));
        if (archive) {
            try {
                String sha256 = SiteArchive.write(result.output(), archiveFile.toPath());
                getLog().info("Archive: " + archiveFile + " (SHA-256 " + sha256 + ")");
            } catch (IOException e) {
                throw new MojoExecutionException(
                        "cannot write the site archive " + archiveFile + ": " + e.getMessage(), e);
            }
            projectHelper.attachArtifact(project, "zip", "site", archiveFile);
        }
    }
}
