package org.opengazette.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.site.ThemeExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette theme export DIR}: copies the built-in theme into DIR (see {@link ThemeExport}). */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Copy the built-in theme into DIR (e.g. themes/default) to change it. "
                + "Files already in DIR are not overwritten unless --force; then nothing is written.")
final class ThemeExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The folder to copy the theme into (made when missing).")
    Path folder;

    @Option(names = "--force", description = "Overwrite the theme's files that are already in DIR.")
    boolean force;

    @Override
    public Integer call() {
        String shown = SourcePosition.display(folder);
        ThemeExport.Outcome outcome;
        try {
            outcome = ThemeExport.export(folder, force);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("gazette theme export: cannot write into " + shown + ": " + e.getMessage());
            return 1;
        }
        if (!outcome.refused().isEmpty()) {
            System.err.println("gazette theme export: nothing written; "
                    + outcome.refused().size() + " files of the theme are already in " + shown + ":");
            outcome.refused().forEach(file -> System.err.println("  " + SourcePosition.display(file)));
            System.err.println("Pass --force to overwrite them.");
            return 1;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Wrote the built-in theme (" + outcome.written().size() + " files) to " + shown + ":");
        outcome.written().forEach(file -> out.println("  " + SourcePosition.display(file)));
        out.println("Keep only the files you change and delete the others: every file missing from the folder");
        out.println("comes from the built-in theme, and an i18n/<language>.yaml file needs only the strings");
        out.println("it changes. A build uses PROJECT/themes/<theme: of site-config/site.yaml>/, or --theme DIR.");
        return 0;
    }
}
