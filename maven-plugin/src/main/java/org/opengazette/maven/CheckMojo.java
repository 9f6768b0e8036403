package org.opengazette.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** Checks the content and prints every problem; bound to {@code validate}. Writes nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractGazetteMojo {
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("OpenGazette check skipped");
            return;
        }
        report(Pipeline.check(request(), ProgressListener.NONE));
    }
}
