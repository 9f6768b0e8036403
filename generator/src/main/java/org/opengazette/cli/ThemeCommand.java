package org.opengazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gazette theme}: what can be done with the built-in theme ({@code export}). */
@Command(
        name = "theme",
        mixinStandardHelpOptions = true,
        subcommands = {ThemeExportCommand.class},
        description = "The theme built into gazette: export copies it out to be changed.")
final class ThemeCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export");
    }
}
