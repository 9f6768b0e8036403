package org.opengazette.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.opengazette.diagnostic.DiagnosticFormatter;
import org.opengazette.pipeline.BuildReporter;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.serve.PreviewServer;

/**
 * {@code mvn gazette:serve}: the live preview of {@code gazette serve}. Builds the site, serves it
 * on 127.0.0.1, rebuilds on every change of the content, the site config or the theme, and
 * reloads the open pages; Ctrl-C stops it. PDFs are skipped unless {@code gazette.servePdf} is true.
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractGazetteMojo {
    /** The port on 127.0.0.1 (0: any free port). */
    @Parameter(property = "gazette.port", defaultValue = "8000")
    int port;

    /** Make PDFs in the preview too. */
    @Parameter(property = "gazette.servePdf", defaultValue = "false")
    boolean servePdf;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("OpenGazette preview skipped");
            return;
        }
        BuildRequest request = request();
        request = request.withPdf(request.pdf().withEnabled(servePdf).withFailuresAsWarnings(true));
        PreviewServer server = new PreviewServer(request, port, result -> {
            String diagnostics =
                    BuildReporter.diagnostics(result, DiagnosticFormatter.TEXT).stripTrailing();
            if (!diagnostics.isEmpty()) {
                getLog().warn("\n" + diagnostics);
            }
            getLog().info(BuildReporter.summary(result));
        });
        getLog().info("Preview: " + server.address() + " (Ctrl-C stops)");
        try {
            server.serveUntilStopped();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }
}
