package org.opengazette.cli;

import java.awt.Desktop;
import java.net.URI;
import java.util.concurrent.Callable;
import org.opengazette.diagnostic.DiagnosticFormatter;
import org.opengazette.pipeline.BuildReporter;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette serve}: a live preview that rebuilds on every save and reloads the open pages. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description =
                "Build the site, serve it on 127.0.0.1, rebuild what a change touches and reload the open pages. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8000",
            description = "Port on 127.0.0.1 (default: 8000; 0 for any free one).")
    int port;

    @Option(names = "--pdf", description = "Make PDFs too (skipped in preview unless asked for).")
    boolean pdf;

    @Option(names = "--no-search", description = "Skip the search index.")
    boolean noSearch;

    @Option(names = "--no-history", description = "Show no git history.")
    boolean noHistory;

    @Option(names = "--open", description = "Open the preview in the default browser.")
    boolean open;

    @Override
    public Integer call() throws Exception {
        BuildRequest request = inputs.request();
        request = request.withPdf(request.pdf().withEnabled(pdf).withFailuresAsWarnings(true))
                .withSearch(!noSearch)
                .withHistory(!noHistory);
        PreviewServer server = new PreviewServer(request, port, result -> {
            System.out.print(BuildReporter.diagnostics(result, DiagnosticFormatter.TEXT));
            System.err.println(BuildReporter.summary(result));
        });
        System.err.println(
                "Preview: " + server.address() + " (watching content, site-config and themes; Ctrl-C stops)");
        if (open && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(URI.create(server.address()));
        }
        server.serveUntilStopped();
        System.err.println("Preview stopped.");
        return 0;
    }
}
