package org.opengazette.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.draft.DraftException;
import org.opengazette.draft.NewDocument;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.source.Placeholder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gazette new KIND}: writes a new document with every field its kind requires (see {@link NewDocument}). */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Write a new document content/documents/<kind>/<id>.md with every field KIND requires, "
                + "each commented; fields to fill hold the placeholder " + Placeholder.MARKER
                + ", which check reports.")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "KIND", description = "A kind of site-config/kinds.yaml, by key or label (rule, 规章).")
    String kind;

    @Option(names = "--title", paramLabel = "T", description = "The title (default: the placeholder).")
    String title;

    @Option(
            names = "--id",
            paramLabel = "ID",
            description = "The id and file name (default: from an ASCII title, else KIND-DATE; -2, -3 … when taken).")
    String id;

    @Option(
            names = "--project",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "Project folder holding content/ and site-config/ (default: the current folder).")
    Path project;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: PROJECT/content).")
    Path content;

    @Option(names = "--config", paramLabel = "DIR", description = "Site-config folder (default: PROJECT/site-config).")
    Path config;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the date fields (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        BuildRequest request = BuildRequest.forProject(project);
        Path contentFolder = content != null ? content : request.content();
        Path configFolder = config != null ? config : request.config();
        String wantedTitle = title == null || title.isBlank() ? null : title.strip();
        NewDocument.Draft draft;
        try {
            draft = NewDocument.create(
                    contentFolder,
                    NewDocument.siteConfig(configFolder),
                    kind,
                    wantedTitle,
                    id,
                    date != null ? date : LocalDate.now());
        } catch (DraftException e) {
            if (e.usage()) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            System.err.println("gazette new: " + e.getMessage());
            return 1;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String projectArg = (content == null && config == null ? option("--project", project) : "")
                + (content != null ? option("--content", content) : "")
                + (config != null ? option("--config", config) : "");
        out.println("Wrote " + SourcePosition.display(draft.file()) + " ("
                + draft.kind().key() + " " + draft.kind().label() + ", id " + draft.id() + ")");
        out.println("Next steps:");
        out.println("  1. Fill in every " + Placeholder.MARKER
                + " (each line's comment says what it is) and write the text below the front matter.");
        if (spec.parent() != null && spec.parent().subcommands().containsKey("serve")) {
            out.println("  2. gazette serve" + projectArg + "    preview it in the browser");
        } else {
            out.println("  2. gazette build" + projectArg + " --no-pdf    preview the site in target/site/");
        }
        out.println("  3. gazette check" + projectArg + "    lists each field still " + Placeholder.MARKER
                + " (placeholder warnings; --strict fails on them)");
        return 0;
    }

    /** " --name DIR" as the user would type it; nothing for the current folder, the default. */
    private static String option(String name, Path folder) {
        String shown = SourcePosition.display(folder);
        return shown.isEmpty() ? "" : " " + name + " " + shown;
    }
}
