package org.opengazette.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** Publishes the gazette into {@code outputDirectory} ({@code target/site}); bound to {@code mvn site}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractGazetteMojo {
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
    }
}
